#!/usr/bin/env node
// The `sme-readiness-collector` command. In the published package it runs the built dist/cli.js on
// plain Node. In the sme-readiness repository (src/ next to this folder, never published) it runs the
// TypeScript sources through tsx instead, so `npx sme-readiness-collector` works right after `npm ci`
// and a stale dist/ can never be run by mistake.
import { existsSync } from 'node:fs';

const fromSources = existsSync(new URL('../src/cli.ts', import.meta.url));
if (fromSources) await import('../scripts/tsx.mjs');
const { main } = await import(fromSources ? '../src/cli.ts' : '../dist/cli.js');
process.exit(await main(process.argv.slice(2), process.env));

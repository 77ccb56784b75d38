// `npm run build`: generated/ first (scripts/generate.ts), then the npm library (dist/), the CDN embed
// (dist/cdn/), the .d.ts types and custom-elements.json. Each step stops the build on failure.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const step = (command, args) => {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
};

rmSync('dist', { recursive: true, force: true });
step(process.execPath, ['--import', 'tsx', 'scripts/generate.ts']);
step(bin('vite'), ['build', '--logLevel', 'warn']);
step(bin('vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn']);
step(bin('tsc'), ['-p', 'tsconfig.build.json']);
step(process.execPath, ['--import', 'tsx', 'scripts/json-schema.ts', 'dist']);
step(process.execPath, [
  '--import',
  'tsx',
  'scripts/full-questionnaire.ts',
  'dist/questionnaires/default.json',
]);
chmodSync('dist/cli.js', 0o755);
step(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
step(process.execPath, ['scripts/vscode-data.mjs']);
console.log('\nBuilt dist/, dist/cdn/sme-readiness.js and custom-elements.json.');

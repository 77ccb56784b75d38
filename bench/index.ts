// `npm run bench`: the project's speed and size figures, printed as tables and written to
// bench/results.json (not committed). Builds the library first when dist/ is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { bundleBench } from './bundle.js';
import { browserBench } from './browser.js';
import { engineBench } from './engine.js';

if (!existsSync('dist/cdn/sme-readiness.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const results = {
  date: new Date().toISOString(),
  node: process.version,
  engine: await engineBench(),
  bundle: bundleBench(),
  browser: await browserBench(),
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');

// `npm run bench`: prints the project's speed and size figures. Builds first when dist/ is missing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

if (!existsSync('dist/cdn/sme-readiness.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const files = readdirSync('dist/cdn', { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.js') && statSync(join('dist/cdn', name)).isFile());
console.log('\nCDN bundle (minified, gzip -9):');
for (const name of files.sort()) {
  const source = readFileSync(join('dist/cdn', name));
  console.log(
    `  ${name.padEnd(48)} ${kb(source.length).padStart(10)} ${kb(gzipSync(source, { level: 9 }).length).padStart(10)} gz`,
  );
}

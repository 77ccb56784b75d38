// Sizes of the CDN embed (dist/cdn): every chunk, minified and gzipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function bundleBench(): Record<string, number> {
  const files = readdirSync('dist/cdn', { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.js') && statSync(join('dist/cdn', name)).isFile())
    .sort();
  const sizes: Record<string, number> = {};
  console.log('\nCDN embed, dist/cdn (minified; gzip -9):');
  for (const name of files) {
    const source = readFileSync(join('dist/cdn', name));
    const gzip = gzipSync(source, { level: 9 }).length;
    sizes[name] = gzip;
    console.log(`  ${name.padEnd(48)} ${kb(source.length).padStart(10)} ${kb(gzip).padStart(10)} gz`);
  }
  return sizes;
}

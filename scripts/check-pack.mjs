// `npm run check-pack` (after `npm run build`; CI runs it): what `npm pack` would publish holds every
// file the `exports` map, `bin`, `main`, `types` and `customElements` promise, and nothing of note
// besides (no tests, stories, sources, fixtures or helper folders), and every relative import of a
// published module resolves to a published file. Prints the package's file count and
// size; exits 1 with the reasons when something is missing or out of place.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [report] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = new Set(report.files.map((file) => file.path));
const problems = [];

const promised = new Set();
const collect = (target) => {
  if (typeof target === 'string') promised.add(target.replace(/^\.\//, ''));
  else if (target && typeof target === 'object') Object.values(target).forEach(collect);
};
collect(pkg.exports);
collect(pkg.bin);
collect([pkg.main, pkg.types, pkg.customElements]);
for (const path of promised) {
  if (path.includes('*')) {
    const pattern = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.+')}$`);
    if (![...files].some((file) => pattern.test(file))) problems.push(`nothing matches the export ${path}`);
  } else if (!files.has(path)) problems.push(`missing ${path}`);
}
// The CDN embed and the per-locale UI files are promised by the README.
for (const path of [
  'dist/cdn/sme-readiness.js',
  'locales/en/ui.json',
  'locales/de/ui.json',
  'README.md',
  'LICENSE',
])
  if (!files.has(path)) problems.push(`missing ${path}`);

// Every relative import of a published module resolves to a published file: the library's modules
// import generated/ (outside src/) and locales/, and a path that only worked in the repository would
// break for users. A `.d.ts` importing `./x.js` needs `./x.d.ts`.
const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;
for (const file of files) {
  const types = file.endsWith('.d.ts');
  if (!types && !file.endsWith('.js')) continue;
  for (const [, target] of readFileSync(file, 'utf8').matchAll(specifier)) {
    const resolved = posix.join(posix.dirname(file), target);
    const wanted = types ? resolved.replace(/\.js$/, '.d.ts') : resolved;
    if (!files.has(wanted)) problems.push(`${file} imports ${target}, which is not published`);
  }
}

const unwanted =
  /(^|\/)(test|tests|stories|src|examples|scripts|bench|\.helpers|\.ci|node_modules|storybook-static)\/|\.test\.|\.stories\.|(^|\/)\.test-results\//;
for (const file of files) if (unwanted.test(file)) problems.push(`should not be published: ${file}`);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `npm pack: ${report.entryCount} files, ${kb(report.size)} packed, ${kb(report.unpackedSize)} unpacked`,
);
console.log(
  `promised by package.json: ${promised.size} paths, all present: ${problems.length === 0 ? 'yes' : 'no'}`,
);
if (problems.length > 0) {
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}

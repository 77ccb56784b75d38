// Sizes of the CDN embed (dist/cdn): every chunk, minified and gzipped, and the two budgets:
//  - first question: the entry, what it imports statically, and what it loads before the first question
//    shows (the default questionnaire's structure with the English base texts);
//  - everything for one language: all chunks except other languages' text and UI chunks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ROOT = 'dist/cdn';
const ENTRY = 'sme-readiness.js';
/** A language's own chunks: its UI strings and its parts of the default questionnaire's texts. */
const LANGUAGE_CHUNK = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)?\.(?:ui|base|questions|results)-/;

/** Files a module imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g))
    found.push(normalize(join(dirname(file), match[1]!)));
  for (const match of code.matchAll(/(?:^|[;}\n])\s*export\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g))
    found.push(normalize(join(dirname(file), match[1]!)));
  return found;
}

function closure(start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

export function bundleBench(): Record<string, number> {
  const files = readdirSync(ROOT, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.js') && statSync(join(ROOT, name)).isFile())
    .sort();
  const gzip = new Map(
    files.map((name) => [name, gzipSync(readFileSync(join(ROOT, name)), { level: 9 }).length]),
  );
  console.log('\nCDN embed, dist/cdn (minified; gzip -9):');
  for (const name of files) {
    const raw = statSync(join(ROOT, name)).size;
    console.log(`  ${name.padEnd(48)} ${kb(raw).padStart(10)} ${kb(gzip.get(name)!).padStart(10)} gz`);
  }
  const beforeFirstQuestion = files.filter((name) => basename(name).startsWith('default-browser-'));
  const first = closure([ENTRY, ...beforeFirstQuestion]);
  const firstBytes = [...first].reduce((sum, name) => sum + (gzip.get(name) ?? 0), 0);
  const english = files.filter((name) => {
    const base = basename(name);
    return !LANGUAGE_CHUNK.test(base) || base.startsWith('en.') || base.startsWith('en-');
  });
  const allBytes = english.reduce((sum, name) => sum + gzip.get(name)!, 0);
  // The validator (zod) loads only for a provider's own questionnaire or to open a saved file; the default
  // path never needs it.
  const validatorBytes = files
    .filter((name) => /^(validate|problems|schemas?|record)-/.test(basename(name)))
    .reduce((sum, name) => sum + gzip.get(name)!, 0);
  console.log(`\n  First question (${[...first].join(', ')})`);
  console.log(`    ${kb(firstBytes)} gz   (budget ≤ 45 KB)`);
  console.log(`  Everything for one language, chart.js included, default questionnaire`);
  console.log(`    ${kb(allBytes - validatorBytes)} gz   (budget ≤ 110 KB)`);
  console.log(`  … plus the validator (zod), loaded for a provider's own questionnaire or a saved file`);
  console.log(`    ${kb(allBytes)} gz`);
  return {
    firstQuestionGzipBytes: firstBytes,
    oneLanguageGzipBytes: allBytes - validatorBytes,
    oneLanguageWithValidatorGzipBytes: allBytes,
    ...Object.fromEntries(gzip),
  };
}

// Sizes of the CDN embed (dist/cdn): every chunk, minified and gzipped, and the two budgets:
//  - first question: the entry, what it imports statically, and what it loads before the first question
//    shows (the default questionnaire's structure with the English base texts);
//  - everything for one language: all chunks except other languages' text and UI chunks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** The CDN build measured: dist/cdn, or another one (BENCH_CDN=dir) to compare two builds. */
const ROOT = process.env.BENCH_CDN ?? 'dist/cdn';
const ENTRY = 'sme-readiness.js';
/** Modules a page with the default questionnaire and no provider profile never loads (see below). */
const OPTIONAL_SOURCES =
  /node_modules[\\/]zod[\\/]|src[\\/]engine[\\/](validation[\\/]|model[\\/](schema|conditions|texts|problems)\.ts|provider[\\/](validate|check|texts|dates|schema)\.ts|formats[\\/](record|submission-schema)\.ts)|src[\\/]components[\\/]readiness[\\/](provider-loader|custom-questionnaire|fetch-definition|problem-panels)\.ts/;

/** Modules only a page with a provider profile loads: its offer in the results and "Send my results". */
const PROVIDER_SOURCES =
  /src[\\/](components[\\/](results[\\/](provider-panels|offers)|send-results[\\/][\w.-]+)|engine[\\/](provider[\\/]match|formats[\\/]submission)|internal[\\/](provider-texts|events|define))\.ts$/;

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
  // Loaded only for a provider's own questionnaire or profile, to open a saved file, or to show a
  // problem: the validator (zod), the profile's loader and the problem panels. A chunk counts here when
  // every module in it (read from its source map) is one of those.
  const sourcesOf = (name: string): string[] => {
    const map = join(ROOT, `${name}.map`);
    return existsSync(map) ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources : [];
  };
  const only = (pattern: RegExp) =>
    english.filter((name) => {
      const sources = sourcesOf(name);
      return sources.length > 0 && sources.every((source) => pattern.test(source));
    });
  const sum = (names: string[]) => names.reduce((total, name) => total + gzip.get(name)!, 0);
  const label = (names: string[]) =>
    names.map((name) => basename(name).replace(/-[\w-]+\.js$/, '')).join(', ');
  const validator = only(OPTIONAL_SOURCES);
  const provider = only(PROVIDER_SOURCES);
  const defaultBytes = allBytes - sum(validator) - sum(provider);
  console.log(`\n  First question (${[...first].join(', ')})`);
  console.log(`    ${kb(firstBytes)} gz   (budget ≤ 45 KB)`);
  console.log(`  Everything for one language, chart.js included: default questionnaire, no provider profile`);
  console.log(`    ${kb(defaultBytes)} gz   (budget ≤ 110 KB)`);
  console.log(`  … plus a provider profile's parts (${label(provider)}): ${kb(sum(provider))} gz`);
  console.log(
    `  … plus what loads for a profile or an own questionnaire, a saved file or a problem (${label(validator)}): ${kb(sum(validator))} gz`,
  );
  console.log(`  Everything for one language, all of the above: ${kb(allBytes)} gz`);
  return {
    firstQuestionGzipBytes: firstBytes,
    oneLanguageGzipBytes: defaultBytes,
    providerPartsGzipBytes: sum(provider),
    oneLanguageWithValidatorGzipBytes: allBytes,
    ...Object.fromEntries(gzip),
  };
}

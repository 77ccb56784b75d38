// Vite serves the demo (`npm start`) and builds the library (`npm run build`, see scripts/build.mjs):
//   vite build               -> dist/: ES modules, one per source module, bare imports of dependencies
//   vite build --mode cdn    -> dist/cdn/: the one-file embed with its lazy chunks, minified
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'vite';

const dependencies = /^(lit|@lit\/[^/]+|zod|i18next|chart\.js|react)(\/|$)/;

/** The libraries every page needs before the first question. */
const FIRST_LOAD_LIBRARIES =
  /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|i18next)[\\/]/;

/**
 * The source files the embed imports statically (and so needs before the first question), found by
 * following `import … from` from the entry; `import type` and dynamic `import()` are not followed. They
 * go into one `core` chunk, so a new module joins it by being imported, not by being listed here.
 */
function staticImports(entry: string): Set<string> {
  const found = new Set<string>();
  const pending = [resolve(entry)];
  const statement = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm;
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (found.has(file)) continue;
    found.add(file);
    if (!/\.[jt]s$/.test(file)) continue; // source modules and generated/'s .js ones; not JSON
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(statement)) {
      const target = resolve(dirname(file), specifier!);
      const source = target.replace(/\.js$/, '.ts');
      pending.push(existsSync(source) ? source : target);
    }
  }
  return found;
}
// The entry is in it too: the core chunk is the entry (see `preserveEntrySignatures` below).
const firstLoad = staticImports('src/index.ts');

export default defineConfig(({ command, mode }) => ({
  // The library's files are loaded from wherever a consumer puts them: the cohort report's worker
  // (`new URL('./reader.worker.ts', import.meta.url)`, emitted as assets/reader.worker-….js) must be
  // found relative to the module, not at the site's root.
  ...(command === 'build' && mode !== 'cdn' ? { base: './' } : {}),
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build:
    mode === 'cdn'
      ? {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          sourcemap: true,
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'sme-readiness.js' },
          rolldownOptions: {
            preserveEntrySignatures: 'allow-extension',
            output: {
              minify: true,
              // What every page needs before the first question, in one chunk rather than many small ones
              // (each chunk gzips on its own, so fewer chunks are smaller in total), and that chunk is the
              // entry itself (with `preserveEntrySignatures` allowing the entry to export more than
              // src/index.ts does): the first screen's code arrives with the first request, instead of
              // a second round trip once the entry has been parsed.
              codeSplitting: {
                groups: [
                  {
                    name: 'core',
                    test: (id: string) => FIRST_LOAD_LIBRARIES.test(id) || firstLoad.has(resolve(id)),
                  },
                ],
              },
              // A language's UI strings are named after it (`chunks/de.ui-….js`), like its questionnaire texts.
              chunkFileNames: (chunk) => {
                const lang = /locales\/([^/]+)\/ui\.json$/.exec(chunk.facadeModuleId ?? '')?.[1];
                return lang ? `chunks/${lang}.ui-[hash].js` : 'chunks/[name]-[hash].js';
              },
            },
          },
        }
      : {
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: true,
          minify: false,
          lib: {
            entry: {
              index: 'src/index.ts',
              results: 'src/results.ts',
              react: 'src/react.ts',
              'engine/index': 'src/engine/index.ts',
              'engine/cohort/index': 'src/engine/cohort/index.ts',
              cli: 'src/cli.ts',
              // Each component: its class module and its define module (`sme-readiness/components/<name>`).
              ...Object.fromEntries(
                [
                  'readiness',
                  'questionnaire',
                  'question',
                  'progress',
                  'results',
                  'send-results',
                  'radar-chart',
                  'score-summary',
                  'recommendations',
                  'cohort-report',
                ].flatMap((name) => [
                  [`components/${name}/${name}`, `src/components/${name}/${name}.ts`],
                  [`components/${name}/${name}.define`, `src/components/${name}/${name}.define.ts`],
                ]),
              ),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: (id: string) => dependencies.test(id) || id.startsWith('node:'),
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
}));

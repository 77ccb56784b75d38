// Vite serves the demo (`npm start`) and builds the library (`npm run build`, see scripts/build.mjs):
//   vite build               -> dist/: ES modules, one per source module, bare imports of dependencies
//   vite build --mode cdn    -> dist/cdn/: the one-file embed with its lazy chunks, minified
import { defineConfig } from 'vite';

const dependencies = /^(lit|@lit\/[^/]+|zod|i18next|chart\.js|react)(\/|$)/;

export default defineConfig(({ mode }) => ({
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
            output: {
              minify: true,
              // What every page needs before the first question, in one chunk rather than many small ones
              // (each chunk gzips on its own, so fewer chunks are smaller in total).
              codeSplitting: {
                groups: [
                  {
                    name: 'core',
                    test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|i18next)[\\/]|src[\\/](engine[\\/](compile|score|assessment|predicates|conditions|pages)|internal[\\/](storage|style|events|define|i18n|theme\.styles))\.ts$/,
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
              cli: 'src/cli.ts',
              ...Object.fromEntries(
                [
                  'readiness',
                  'questionnaire',
                  'question',
                  'progress',
                  'radar-chart',
                  'score-summary',
                  'recommendations',
                ].map((name) => [`components/${name}/${name}`, `src/components/${name}/${name}.ts`]),
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

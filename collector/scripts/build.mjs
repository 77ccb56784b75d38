// `npm run build` in collector/: the published package's dist/, which runs on plain Node 20.
//   dist/index.js, dist/cli.js (+ a shared chunk)  esbuild, ES modules. Every package stays an import
//     (sme-readiness/engine included: the collector scores with the engine its users install), except
//     the default questionnaire, whose data is inlined (the engine package ships it only as JSON).
//   dist/*.d.ts  tsc, against the built engine's types: run `npm run build` at the root first.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
if (!existsSync('../dist/engine/index.d.ts')) {
  console.error(
    'collector build: the engine is not built; run `npm run build` at the repository root first.',
  );
  process.exit(1);
}
rmSync('dist', { recursive: true, force: true });

const inlineDefaultQuestionnaire = {
  name: 'inline-default-questionnaire',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^sme-readiness\/questionnaires\/default$/ }, () => ({
      path: fileURLToPath(new URL('../../src/questionnaires/default.ts', import.meta.url)),
    }));
  },
};

await build({
  entryPoints: ['src/index.ts', 'src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  plugins: [inlineDefaultQuestionnaire],
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
execFileSync(process.execPath, ['../node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
console.log('Built collector/dist/.');

// The peers bench/browser.ts measures beside the widget, built into bench/.out/peers/ (git ignores it):
//   surveyjs.html  SurveyJS (survey-core + survey-js-ui, dev dependencies only) with a start page and
//                  2 pages of 6 radio questions, bundled and minified by Vite like our CDN embed;
//   static.html    the floor: one radio question behind an intro, no script at all.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { build } from 'vite';

export const PEERS_OUT = 'bench/.out/peers';

export async function buildPeers(): Promise<void> {
  await build({
    configFile: false,
    root: 'bench/peers',
    base: '/peers/',
    logLevel: 'warn',
    build: {
      outDir: '../.out/peers',
      emptyOutDir: true,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: { input: { surveyjs: 'bench/peers/surveyjs.html' } },
    },
  });
  mkdirSync(PEERS_OUT, { recursive: true });
  copyFileSync('bench/peers/static.html', `${PEERS_OUT}/static.html`);
  if (!existsSync(`${PEERS_OUT}/surveyjs.html`)) throw new Error('The SurveyJS page was not built.');
}

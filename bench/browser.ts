// What an SME owner feels, measured in headless Chromium on the built CDN embed with the CPU slowed 4×
// (DevTools Emulation.setCPUThrottlingRate), median of RUNS runs each. See docs/performance.md.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { CHROME_ARGS, requireChrome } from '../scripts/chrome.mjs';
import { buildPeers, PEERS_OUT } from './peers.js';

const RUNS = 5;
/** The CDN build measured: dist/cdn, or another one (BENCH_CDN=dir) to compare two builds on one machine. */
const CDN_ROOT = process.env.BENCH_CDN ?? 'dist/cdn';
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 4);
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** The file a bench URL serves: the CDN build, the bench pages, and the peers' pages (bench/peers.ts). */
function fileFor(pathname: string): string {
  const path = normalize(decodeURIComponent(pathname));
  const file = path.startsWith('/cdn/')
    ? join(CDN_ROOT, path.slice('/cdn/'.length))
    : path.startsWith('/peers/')
      ? join(PEERS_OUT, path.slice('/peers/'.length))
      : path.startsWith('/bench/')
        ? join('.', path)
        : '';
  return file && existsSync(file) && statSync(file).isFile() ? file : '';
}

const gzipSizes = new Map<string, number>();
/** gzip -9 size of what a URL served, as bench/bundle.ts counts (the bench server does not compress). */
function gzipSizeOf(url: string): number {
  const file = fileFor(new URL(url).pathname);
  if (!file) return 0;
  let size = gzipSizes.get(file);
  if (size === undefined) gzipSizes.set(file, (size = gzipSync(readFileSync(file), { level: 9 }).length));
  return size;
}

function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://x').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** In the page: helpers to reach into the widget and to time "until the next paint". */
const PAGE_HELPERS = `
  // tsx (which runs this file) wraps named functions in __name(); functions sent to the page need it too.
  window.__name = (target) => target;
  window.__widget = () => document.querySelector('sme-readiness');
  window.__afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // The first element matching a selector in the document or any shadow root in it (the peers have none).
  window.__deep = (selector, root = document) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot && window.__deep(selector, element.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
`;

async function openPage(page: Page, origin: string, path = '/bench/page.html'): Promise<void> {
  await page.evaluateOnNewDocument(PAGE_HELPERS);
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
}

/** What each page is measured by: where it is and the intro's "Start" (ours, SurveyJS's, the floor's). */
const PAGES = {
  ours: { path: '/bench/page.html', start: 'button.start' },
  surveyjs: { path: '/peers/surveyjs.html', start: '.sd-navigation__start-btn' },
  static: { path: '/peers/static.html', start: 'a.start' },
} as const;
type PageName = keyof typeof PAGES;

interface FirstQuestion {
  /** From navigation start to the first question's input rendered, visible and painted. */
  time: number;
  /** The same from the start of the embed's request (ours only; 0 for the peers). */
  fromEmbed: number;
  /** Layout shift of the page until the intro was painted. */
  shift: number;
  /** When the last file had arrived, from navigation start. */
  lastFile: number;
  /** The scripts and style sheets whose request started before the first question was visible. */
  requested: string[];
}

/**
 * Navigation start → first question visible, through the intro, the same way on every page: wait for
 * "Start" (in any shadow root), let the intro paint, click it as soon as it exists, wait for a radio or
 * checkbox input that is visible, then for the frame after it.
 */
function firstQuestion(page: Page, start: string): Promise<FirstQuestion> {
  return page.evaluate(async (startSelector: string) => {
    const w = window as unknown as {
      __deep: (selector: string) => HTMLElement | null;
      __afterPaint: () => Promise<void>;
      __layoutShift?: number;
    };
    const wait = async <T>(find: () => T | null | undefined): Promise<T> => {
      for (;;) {
        const found = find();
        if (found) return found;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    };
    const button = await wait(() => w.__deep(startSelector));
    await w.__afterPaint();
    const shift = w.__layoutShift ?? 0;
    button.click();
    await wait(() => {
      const input = w.__deep('input[type="radio"], input[type="checkbox"]');
      return input?.checkVisibility() ? input : null;
    });
    await w.__afterPaint();
    const time = performance.now();
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const embed = resources.find((entry) => entry.name.endsWith('/cdn/sme-readiness.js'));
    return {
      time,
      fromEmbed: embed ? time - embed.startTime : 0,
      shift,
      lastFile: Math.max(0, ...resources.map((entry) => entry.responseEnd)),
      requested: resources
        .filter((entry) => entry.startTime < time && /\.(m?js|css)$/.test(new URL(entry.name).pathname))
        .map((entry) => entry.name),
    };
  }, start);
}

/** One run: first question, answers to next paint over a full run-through, results with radar, CLS. */
interface FirstQuestionParts {
  /** When the last file had arrived, from navigation start. */
  lastFile: number;
  /** Main-thread time in script, and in style and layout, until the first question (DevTools metrics). */
  script: number;
  styleLayout: number;
}

async function runThrough(
  page: Page,
  cdp?: CDPSession,
): Promise<{
  first: FirstQuestion;
  answers: number[];
  results: number;
  parts: FirstQuestionParts | null;
  /** Every script and style sheet requested by the time the results' radar was painted. */
  loaded: string[];
}> {
  const loading = await firstQuestion(page, PAGES.ours.start);
  let parts: FirstQuestionParts | null = null;
  if (cdp) {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? 0) * 1000;
    parts = {
      lastFile: loading.lastFile,
      script: metric('ScriptDuration'),
      styleLayout: metric('RecalcStyleDuration') + metric('LayoutDuration'),
    };
  }

  // Every answer: a real click through the DevTools protocol, timed from the pointer event to the next paint.
  const answers: number[] = [];
  for (let guard = 0; guard < 40; guard += 1) {
    const targets = await page.evaluateHandle(() => {
      const form = document.querySelector('sme-readiness')!.shadowRoot!.querySelector('sme-questionnaire');
      if (!form) return [];
      return [...form.shadowRoot!.querySelectorAll('sme-question')]
        .map((question) => question.shadowRoot!.querySelector('input[type="radio"], input[type="checkbox"]'))
        .filter((input): input is HTMLInputElement => input !== null);
    });
    const inputs = await targets.getProperties();
    if (inputs.size === 0) break;
    for (const input of inputs.values()) {
      const element = input.asElement() as import('puppeteer-core').ElementHandle<Element> | null;
      if (!element) continue;
      await element.scrollIntoView();
      await page.evaluate(() => {
        const state = window as unknown as { __pending: Promise<number> };
        state.__pending = new Promise((resolve) => {
          document.addEventListener(
            'pointerdown',
            () => {
              const started = performance.now();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
            },
            { once: true, capture: true },
          );
        });
      });
      await element.click();
      answers.push(
        await page.evaluate(() => (window as unknown as { __pending: Promise<number> }).__pending),
      );
    }
    const last = await page.evaluate(() => {
      const form = document.querySelector('sme-readiness')!.shadowRoot!.querySelector('sme-questionnaire')!;
      const next = form.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!;
      return next.textContent!.includes('results');
    });
    if (process.env.BENCH_DEBUG) console.log('page done', answers.length);
    if (last) break;
    await page.evaluate(async () => {
      const form = document.querySelector('sme-readiness')!.shadowRoot!.querySelector('sme-questionnaire')!;
      form.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
      await (window as unknown as { __afterPaint: () => Promise<void> }).__afterPaint();
    });
  }

  // "See my results" to the radar painted, chart chunk loading included.
  const results = await page.evaluate(async () => {
    const widget = document.querySelector('sme-readiness')!;
    const form = widget.shadowRoot!.querySelector('sme-questionnaire')!;
    const started = performance.now();
    form.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
    for (;;) {
      const screen = widget.shadowRoot!.querySelector('sme-results');
      const chart = screen?.shadowRoot?.querySelector('sme-radar-chart') as
        (HTMLElement & { drawn?: boolean }) | null;
      if (chart?.drawn) break;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await (window as unknown as { __afterPaint: () => Promise<void> }).__afterPaint();
    return performance.now() - started;
  });
  const loaded = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((entry) => entry.name)
      .filter((name) => /\.(m?js|css)$/.test(new URL(name).pathname)),
  );
  return { first: loading, answers, results, parts, loaded };
}

const gzipTotal = (urls: string[]) => [...new Set(urls)].reduce((sum, url) => sum + gzipSizeOf(url), 0);

/** A fresh tab as every measured run gets it: phone width, no cache, the CPU slowed. */
async function freshPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/** A peer's page, measured exactly as ours is up to its first question. */
async function peerRun(browser: Browser, origin: string, name: PageName): Promise<FirstQuestion> {
  const { page } = await freshPage(browser);
  try {
    await openPage(page, origin, PAGES[name].path);
    return await firstQuestion(page, PAGES[name].start);
  } finally {
    await page.close();
  }
}

export async function browserBench(): Promise<Record<string, number>> {
  await buildPeers();
  const { server, origin } = await serve();
  const browser = await puppeteer.launch({
    executablePath: requireChrome(),
    headless: true,
    args: CHROME_ARGS,
  });
  try {
    const first: Record<PageName, FirstQuestion[]> = { ours: [], surveyjs: [], static: [] };
    const results: number[] = [];
    const answers: number[] = [];
    const loadedBytes: number[] = [];
    const firstQuestionParts: FirstQuestionParts[] = [];
    // The three pages take turns, run by run, so that a busy moment of the machine falls on all of them.
    for (let run = 0; run < RUNS; run += 1) {
      const { page, cdp } = await freshPage(browser);
      await openPage(page, origin);
      const measured = await runThrough(page, cdp);
      if (measured.parts) firstQuestionParts.push(measured.parts);
      first.ours.push(measured.first);
      results.push(measured.results);
      answers.push(...measured.answers);
      loadedBytes.push(gzipTotal(measured.loaded));
      await page.close();
      first.surveyjs.push(await peerRun(browser, origin, 'surveyjs'));
      first.static.push(await peerRun(browser, origin, 'static'));
    }

    // Memory: 10 complete run-throughs with restart in one page, heap after the 1st and after the 10th.
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    const cdp = await page.createCDPSession();
    await openPage(page, origin);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    let heapAfterFirst = 0;
    for (let round = 1; round <= 10; round += 1) {
      await runThrough(page);
      await page.evaluate(async () => {
        const widget = document.querySelector('sme-readiness') as HTMLElement & { restart(): void };
        widget.restart();
        await (window as unknown as { __afterPaint: () => Promise<void> }).__afterPaint();
      });
      if (round === 1) heapAfterFirst = await heap();
    }
    const heapAfterTenth = await heap();
    await page.close();

    const time = (name: PageName) => median(first[name].map((each) => each.time));
    const bytes = (name: PageName) => median(first[name].map((each) => gzipTotal(each.requested)));
    const figures = {
      firstQuestionMs: time('ours'),
      firstQuestionFromEmbedMs: median(first.ours.map((each) => each.fromEmbed)),
      firstQuestionRequestedGzipBytes: bytes('ours'),
      runThroughLoadedGzipBytes: median(loadedBytes),
      surveyjsFirstQuestionMs: time('surveyjs'),
      surveyjsRequestedGzipBytes: bytes('surveyjs'),
      staticFirstQuestionMs: time('static'),
      staticRequestedGzipBytes: bytes('static'),
      answerToPaintP95Ms: percentile(answers, 95),
      answerToPaintMedianMs: median(answers),
      answersMeasured: answers.length,
      resultsWithRadarMs: median(results),
      heapGrowthAfter10RunsKb: (heapAfterTenth - heapAfterFirst) / 1024,
      heapAfterFirstRunKb: heapAfterFirst / 1024,
      cumulativeLayoutShift: Math.max(...first.ours.map((each) => each.shift)),
      firstQuestionLastFileMs: median(firstQuestionParts.map((part) => part.lastFile)),
      firstQuestionScriptMs: median(firstQuestionParts.map((part) => part.script)),
      firstQuestionStyleLayoutMs: median(firstQuestionParts.map((part) => part.styleLayout)),
    };
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
    const excess = figures.firstQuestionMs - figures.staticFirstQuestionMs;
    const peerExcess = figures.surveyjsFirstQuestionMs - figures.staticFirstQuestionMs;
    console.log(
      `\nIn headless Chromium, CPU slowed ${THROTTLE}×, ${RUNS} runs each (taking turns), 390 px wide, cache off:`,
    );
    console.log(
      `  navigation → first question visible, through the intro ("Start" pressed as soon as it exists):`,
    );
    console.log(
      `    sme-readiness (CDN embed) ${ms(figures.firstQuestionMs)}   SurveyJS ${ms(figures.surveyjsFirstQuestionMs)}   static HTML ${ms(figures.staticFirstQuestionMs)}`,
    );
    console.log(
      `    ours ÷ SurveyJS ${(figures.firstQuestionMs / figures.surveyjsFirstQuestionMs).toFixed(2)}; excess over the static page ${ms(excess)} = ${(excess / peerExcess).toFixed(2)} of SurveyJS's ${ms(peerExcess)}   (target ≤ 0.25)`,
    );
    console.log(
      `    of ours: ${ms(figures.firstQuestionFromEmbedMs)} from the embed's request; last file arrived at ${ms(figures.firstQuestionLastFileMs)}; main thread in script ${ms(figures.firstQuestionScriptMs)}, in style and layout ${ms(figures.firstQuestionStyleLayoutMs)}`,
    );
    console.log(`  JS+CSS requested before the first question is visible (gzip -9):`);
    console.log(
      `    sme-readiness ${kb(figures.firstQuestionRequestedGzipBytes)}   SurveyJS ${kb(figures.surveyjsRequestedGzipBytes)}   static HTML ${kb(figures.staticRequestedGzipBytes)}   ours ÷ SurveyJS ${(figures.firstQuestionRequestedGzipBytes / figures.surveyjsRequestedGzipBytes).toFixed(2)}   (target ≤ 45 KB)`,
    );
    console.log(
      `  JS+CSS requested by one complete run-through to the results' radar: ${kb(figures.runThroughLoadedGzipBytes)}`,
    );
    console.log(
      `  answer → next paint, ${answers.length} answers                         ${figures.answerToPaintP95Ms.toFixed(1)} ms p95, ${figures.answerToPaintMedianMs.toFixed(1)} ms median   (target p95 < 50 ms)`,
    );
    console.log(
      `  "See my results" → radar painted (chart chunk included)         ${ms(figures.resultsWithRadarMs)} median   (target < 400 ms)`,
    );
    console.log(
      `  heap growth after 10 run-throughs with restart                  ${figures.heapGrowthAfter10RunsKb.toFixed(0)} KB (heap after the first: ${figures.heapAfterFirstRunKb.toFixed(0)} KB)   (target < 2 MB)`,
    );
    console.log(
      `  layout shift of the host page while loading (CLS, worst run)     ${figures.cumulativeLayoutShift.toFixed(3)}   (target 0)`,
    );
    return figures;
  } finally {
    await browser.close();
    server.close();
  }
}

// What an SME owner feels, measured in headless Chromium on the built CDN embed with the CPU slowed 4×
// (DevTools Emulation.setCPUThrottlingRate), median of RUNS runs each. See docs/performance.md.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type CDPSession, type Page } from 'puppeteer-core';
import { CHROME_ARGS, requireChrome } from '../scripts/chrome.mjs';

const RUNS = 5;
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 4);
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = path.startsWith('/cdn/')
      ? join('dist', path)
      : path.startsWith('/bench/')
        ? join('.', path)
        : '';
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
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
`;

async function openPage(page: Page, origin: string): Promise<void> {
  await page.evaluateOnNewDocument(PAGE_HELPERS);
  await page.goto(`${origin}/bench/page.html`, { waitUntil: 'load' });
}

/** One run: first question, answers to next paint over a full run-through, results with radar, CLS. */
interface FirstQuestionParts {
  /** When the last of the embed's files had arrived, from the embed's request start. */
  lastFile: number;
  /** Main-thread time in script, and in style and layout, until the first question (DevTools metrics). */
  script: number;
  styleLayout: number;
}

async function runThrough(
  page: Page,
  cdp?: CDPSession,
): Promise<{
  firstQuestion: number;
  answers: number[];
  results: number;
  cls: number;
  parts: FirstQuestionParts | null;
}> {
  // From the embed's request start to the first question rendered and operable (Start pressed as soon as it exists).
  const loading = await page.evaluate(async () => {
    const widget = () => document.querySelector('sme-readiness')!;
    const wait = async <T>(find: () => T | null | undefined): Promise<T> => {
      for (;;) {
        const found = find();
        if (found) return found;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    };
    const start = await wait(() => widget().shadowRoot?.querySelector<HTMLButtonElement>('button.start'));
    // Layout shift while loading: everything up to the intro being painted, before any interaction.
    await (window as unknown as { __afterPaint: () => Promise<void> }).__afterPaint();
    const shift = (window as unknown as { __layoutShift: number }).__layoutShift;
    start.click();
    await wait(() => {
      const form = widget().shadowRoot?.querySelector('sme-questionnaire');
      const question = form?.shadowRoot?.querySelector('sme-question');
      return question?.shadowRoot?.querySelector('input');
    });
    await (window as unknown as { __afterPaint: () => Promise<void> }).__afterPaint();
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const script = resources.find((entry) => entry.name.endsWith('/cdn/sme-readiness.js'))!;
    const lastFile = Math.max(
      ...resources.filter((entry) => entry.name.includes('/cdn/')).map((entry) => entry.responseEnd),
    );
    return { time: performance.now() - script.startTime, shift, lastFile: lastFile - script.startTime };
  });
  const firstQuestion = loading.time;
  const cls = loading.shift;
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
      const chart = widget.shadowRoot!.querySelector('sme-radar-chart') as
        (HTMLElement & { drawn?: boolean }) | null;
      if (chart?.drawn) break;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await (window as unknown as { __afterPaint: () => Promise<void> }).__afterPaint();
    return performance.now() - started;
  });
  return { firstQuestion, answers, results, cls, parts };
}

export async function browserBench(): Promise<Record<string, number>> {
  const { server, origin } = await serve();
  const browser = await puppeteer.launch({
    executablePath: requireChrome(),
    headless: true,
    args: CHROME_ARGS,
  });
  try {
    const firstQuestion: number[] = [];
    const results: number[] = [];
    const answers: number[] = [];
    const cls: number[] = [];
    const firstQuestionParts: FirstQuestionParts[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage();
      await page.setViewport({ width: 390, height: 844 });
      const cdp = await page.createCDPSession();
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      await cdp.send('Performance.enable');
      await openPage(page, origin);
      const measured = await runThrough(page, cdp);
      if (measured.parts) firstQuestionParts.push(measured.parts);
      firstQuestion.push(measured.firstQuestion);
      results.push(measured.results);
      answers.push(...measured.answers);
      cls.push(measured.cls);
      await page.close();
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

    const figures = {
      firstQuestionMs: median(firstQuestion),
      answerToPaintP95Ms: percentile(answers, 95),
      answerToPaintMedianMs: median(answers),
      answersMeasured: answers.length,
      resultsWithRadarMs: median(results),
      heapGrowthAfter10RunsKb: (heapAfterTenth - heapAfterFirst) / 1024,
      heapAfterFirstRunKb: heapAfterFirst / 1024,
      cumulativeLayoutShift: Math.max(...cls),
      firstQuestionLastFileMs: median(firstQuestionParts.map((part) => part.lastFile)),
      firstQuestionScriptMs: median(firstQuestionParts.map((part) => part.script)),
      firstQuestionStyleLayoutMs: median(firstQuestionParts.map((part) => part.styleLayout)),
    };
    console.log(
      `\nIn headless Chromium, CPU slowed ${THROTTLE}×, ${RUNS} runs, 390 px wide, built CDN embed:`,
    );
    console.log(
      `  first question visible and operable (from the embed's request)  ${figures.firstQuestionMs.toFixed(0)} ms median   (target < 300 ms)`,
    );
    console.log(
      `    of which: last file arrived at ${figures.firstQuestionLastFileMs.toFixed(0)} ms; main thread in script ${figures.firstQuestionScriptMs.toFixed(0)} ms, in style and layout ${figures.firstQuestionStyleLayoutMs.toFixed(0)} ms`,
    );
    console.log(
      `  answer → next paint, ${answers.length} answers                         ${figures.answerToPaintP95Ms.toFixed(1)} ms p95, ${figures.answerToPaintMedianMs.toFixed(1)} ms median   (target p95 < 50 ms)`,
    );
    console.log(
      `  "See my results" → radar painted (chart chunk included)         ${figures.resultsWithRadarMs.toFixed(0)} ms median   (target < 400 ms)`,
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

// Component tests in the machine's own headless Chromium (see scripts/chrome.mjs).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { requireChrome, CHROME_ARGS } from './scripts/chrome.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { startSubmitStub } from './test/submit-stub.mjs';
import { collectorCommand } from './test/collector-command.mjs';

const executablePath = requireChrome();

/** A provider's receiving server for the "Send my results" tests, on 127.0.0.1 (see test/submit-stub.mjs). */
const submitStub = await startSubmitStub();

/**
 * The strict policy the CSP test page is served with (issue: safe on any host page), with the one line
 * a provider adds for "Send my results": `connect-src` for its endpoint.
 */
export const STRICT_CSP = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ${submitStub.origin}`;

/**
 * `executeServerCommand('print-to-pdf', { name })`: prints the test page to an A4 PDF with Chromium's own
 * print path (print CSS; Chromium fires beforeprint/afterprint itself), keeps it in .test-results/<name>.pdf, and returns each page's
 * text, the page size in points and how many images were painted (pdf.js reads it back).
 */
const printToPdf = {
  name: 'print-to-pdf',
  async executeCommand({ command, payload, session }) {
    if (command !== 'print-to-pdf') return undefined;
    const page = session.browser.getPage(session.id);
    // A4, the paper size of the European users the report is for.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync('.test-results', { recursive: true });
    writeFileSync(join('.test-results', `${payload?.name ?? 'print'}.pdf`), pdf);
    const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const pages = [];
    let images = 0;
    let size = [0, 0];
    for (let number = 1; number <= document.numPages; number += 1) {
      const current = await document.getPage(number);
      if (number === 1) size = [current.view[2], current.view[3]];
      const content = await current.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
      const operators = await current.getOperatorList();
      images += operators.fnArray.filter((fn) => fn === OPS.paintImageXObject).length;
    }
    return { pages, images, width: size[0], height: size[1] };
  },
};

// React and React DOM ship CommonJS only. Their entry files pick a build with a runtime `if`, and the
// builds assign their exports inside a function, so no static analysis finds the named exports. The
// React wrapper's test gets each package as a small ES module instead: the development build wrapped in
// a CommonJS scope, its `require`s turned into imports, its exports re-exported by name (listed by
// loading the package in Node, now, before the runner wraps `console`, which React touches).
const REACT_BUILDS = {
  react: 'react/cjs/react.development.js',
  'react-dom': 'react-dom/cjs/react-dom.development.js',
  'react-dom/client': 'react-dom/cjs/react-dom-client.development.js',
  scheduler: 'scheduler/cjs/scheduler.development.js',
};
const requireInNode = createRequire(import.meta.url);
const REACT_EXPORTS = Object.fromEntries(
  Object.keys(REACT_BUILDS).map((name) => [
    name,
    Object.keys(requireInNode(name)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key)),
  ]),
);
const reactAsModules = {
  name: 'react-as-modules',
  resolveImport: ({ source }) => (source in REACT_BUILDS ? `/__react/${source}.js` : undefined),
  serve(context) {
    const name = /^\/__react\/(.+)\.js$/.exec(context.path)?.[1];
    if (!name || !(name in REACT_BUILDS)) return undefined;
    const source = readFileSync(join(process.cwd(), 'node_modules', REACT_BUILDS[name]), 'utf8');
    const dependencies = [...new Set([...source.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]))];
    const body = [
      ...dependencies.map(
        (dependency, index) => `import dependency${index} from '/__react/${dependency}.js';`,
      ),
      `const dependencies = { ${dependencies.map((dependency, index) => `${JSON.stringify(dependency)}: dependency${index}`).join(', ')} };`,
      'const module = { exports: {} };',
      '(function (module, exports, require, process) {',
      source,
      "})(module, module.exports, (id) => dependencies[id], { env: { NODE_ENV: 'development' } });",
      'export default module.exports;',
      `export const { ${REACT_EXPORTS[name].join(', ')} } = module.exports;`,
    ].join('\n');
    return { type: 'js', body };
  },
};

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [
    // A questionnaire URL that never answers in time, for the timeout test.
    async (context, next) => {
      if (context.path !== '/test/slow-questionnaire.json') return next();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      context.body = '{}';
    },
    // fetch() of a .json file gets the file itself; only `import` of JSON goes through esbuild's
    // JSON-to-module transform (which would otherwise answer fetches with JavaScript).
    async (context, next) => {
      // The two answers differ by request kind, so the browser cache must keep them apart.
      if (context.path.endsWith('.json')) context.set('Vary', 'Sec-Fetch-Dest');
      if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'empty') {
        const file = join(process.cwd(), decodeURIComponent(context.path));
        if (file.startsWith(process.cwd()) && existsSync(file)) {
          context.type = 'application/json';
          context.body = readFileSync(file, 'utf8');
          return;
        }
      }
      await next();
    },
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/browser/security/csp-page.html'))
        context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  plugins: [
    submitStub.command,
    collectorCommand(),
    {
      name: 'submit-stub-close',
      async serverStop() {
        await submitStub.close();
      },
    },
    printToPdf,
    reactAsModules,
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter(process.env.WTR_COUNT_FILE)],
};

import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until, deepQuery } from '../helpers/fixtures.js';
import type { SmeReadiness } from '../../../src/components/readiness/readiness.js';

interface PageWindow extends Window {
  __violations: string[];
  __inlineRan?: boolean;
}

/** Opens csp-page.html (served with a strict Content-Security-Policy header) in an iframe. */
async function openStrictPage(query = ''): Promise<{ frame: HTMLIFrameElement; page: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = `/test/browser/security/csp-page.html${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, page: frame.contentWindow as PageWindow };
}

/** Answers the first option of every question on every page, then waits for the painted radar. */
async function takeWholeAssessment(el: SmeReadiness): Promise<void> {
  const root = el.shadowRoot!;
  const start = await until(
    () => root.querySelector<HTMLButtonElement>('button.start'),
    10000,
    'the intro',
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}; the widget shows: ${root.textContent}`, { cause: error });
  });
  start.click();
  const form = await until(() => root.querySelector('sme-questionnaire'), 5000, 'the questionnaire');
  for (let guard = 0; guard < 60 && root.querySelector('sme-questionnaire'); guard += 1) {
    await form.updateComplete;
    for (const question of form.shadowRoot!.querySelectorAll('sme-question')) {
      await question.updateComplete;
      question
        .shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')
        ?.click();
    }
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
    await el.updateComplete;
  }
  const chart = await until(() => deepQuery(root, 'sme-radar-chart'), 10000, 'the results');
  await until(() => chart.drawn, 10000, 'the chart');
}

describe('on a host page with a strict Content Security Policy', function () {
  this.timeout(60000);

  for (const [name, query] of [
    ['the default questionnaire', ''],
    ['a questionnaire from a URL (validated with zod)', '?src=/test/fixtures/small.json'],
  ] as const)
    it(`runs the whole widget with ${name}, chart included, with no violation reported`, async () => {
      const { frame, page } = await openStrictPage(query);
      try {
        // The control: the policy is in force, so the page's own inline script was blocked and reported.
        expect(page.__inlineRan).to.equal(undefined);
        expect(page.__violations.filter((line) => line.startsWith('script-src-elem'))).to.have.length(1);
        const before = page.__violations.length;
        const el = await until(
          () => {
            const widget = page.document.querySelector('sme-readiness') as SmeReadiness | null;
            return widget?.shadowRoot ? widget : null;
          },
          10000,
          'the widget',
        );
        await takeWholeAssessment(el);
        expect(page.__violations.slice(before)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

  it('sends results to the endpoint its connect-src allows, with no violation reported', async () => {
    const stub = (await executeServerCommand('submit-stub', { reset: true })) as { url: string };
    const query = `?provider=/examples/provider-example-cluster.json&submit=${encodeURIComponent(stub.url)}`;
    const { frame, page } = await openStrictPage(query);
    try {
      const before = page.__violations.length;
      const el = await until(
        () => {
          const widget = page.document.querySelector('sme-readiness') as SmeReadiness | null;
          return widget?.shadowRoot ? widget : null;
        },
        10000,
        'the widget',
      );
      await takeWholeAssessment(el);
      const panel = await until(() => deepQuery(el, 'sme-send-results'), 10000, 'the send panel').catch(
        (error: unknown) => {
          throw new Error(
            `${String(error)}; violations: ${page.__violations.join(' / ')}; the widget shows: ${deepQuery(el, '[part="provider-problem"]')?.textContent ?? '(no problem panel)'}`,
          );
        },
      );
      const consent = await until(
        () => panel.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]'),
        10000,
        'the consent box',
      );
      consent.click();
      await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => panel.shadowRoot!.textContent!.includes('Reference:'), 10000, 'the receipt');
      const { requests } = (await executeServerCommand('submit-stub', {})) as {
        requests: { method: string }[];
      };
      expect(requests.filter((request) => request.method === 'POST')).to.have.length(1);
      expect(page.__violations.slice(before)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('requests nothing beyond the page and the library’s own files', async () => {
    const { frame, page } = await openStrictPage();
    try {
      const el = await until(
        () => {
          const widget = page.document.querySelector('sme-readiness') as SmeReadiness | null;
          return widget?.shadowRoot ? widget : null;
        },
        10000,
        'the widget',
      );
      await takeWholeAssessment(el);
      const requests = page.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
      expect(requests.length).to.be.greaterThan(5);
      const elsewhere = requests.filter((url) => url.origin !== location.origin);
      expect(elsewhere.map(String)).to.deep.equal([]);
      const outsideLibrary = requests.filter(
        (url) =>
          !/^\/(src|generated|locales|node_modules|test\/browser\/security|__web-dev-server__)/.test(
            url.pathname,
          ),
      );
      expect(outsideLibrary.map((url) => url.pathname)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

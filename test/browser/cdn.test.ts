import { expect } from '@open-wc/testing';
import { until, deepQuery } from './helpers/fixtures.js';

interface Widget extends HTMLElement {
  restart(): void;
}

/** Opens the page that loads the minified, code-split embed built by `npm test` (see scripts/test.mjs). */
async function openCdnPage(): Promise<{ frame: HTMLIFrameElement; page: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = '/test/browser/cdn-page.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, page: frame.contentWindow as Window & typeof globalThis };
}

describe('the built CDN embed', function () {
  this.timeout(60000);

  it('runs the whole assessment: every element registered, texts loaded, the radar drawn', async () => {
    const { frame, page } = await openCdnPage();
    try {
      const el = await until(
        () =>
          page.document.querySelector<Widget>('sme-readiness')?.shadowRoot &&
          page.document.querySelector<Widget>('sme-readiness'),
        10000,
        'the widget',
      );
      const root = el.shadowRoot!;
      const start = await until(
        () => root.querySelector<HTMLButtonElement>('button.start'),
        10000,
        'the intro',
      );
      expect(root.querySelector('h2')!.textContent).to.not.match(/^title$|\./);
      start.click();
      const form = await until(() => root.querySelector('sme-questionnaire'), 5000, 'the questionnaire');
      for (let guard = 0; guard < 30 && root.querySelector('sme-questionnaire'); guard += 1) {
        await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        for (const question of form.shadowRoot!.querySelectorAll('sme-question')) {
          await (question as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          question
            .shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')
            ?.click();
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        form.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const chart = await until(() => deepQuery(root, 'sme-radar-chart'), 10000, 'the results');
      await until(() => (chart as HTMLElement & { drawn?: boolean }).drawn, 10000, 'the radar');
      const recommendations = deepQuery(root, 'sme-recommendations')!;
      await until(
        () => recommendations.shadowRoot?.querySelector('article h4')?.textContent,
        10000,
        'recommendations',
      );
      // Texts came from the lazily loaded parts, not keys.
      expect(recommendations.shadowRoot!.querySelector('article h4')!.textContent).to.not.match(
        /^recommendations\./,
      );
    } finally {
      frame.remove();
    }
  });
});

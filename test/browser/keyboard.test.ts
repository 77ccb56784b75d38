import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SmeReadiness } from '../../src/components/readiness/readiness.js';
import type { SmeQuestion } from '../../src/components/question/question.js';
import type { SmeCompleteDetail } from '../../src/internal/events.js';
import { deepActiveElement, until, deepQuery } from './helpers/fixtures.js';

/** The <sme-question> whose shadow root holds `element`, if any. */
function owningQuestion(element: Element): SmeQuestion | null {
  const root = element.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === 'sme-question'
    ? (root.host as SmeQuestion)
    : null;
}

describe('the whole default questionnaire by keyboard alone', function () {
  this.timeout(120000);
  afterEach(() => fixtureCleanup());

  it('reaches the results with a painted radar and recommendations', async () => {
    const el = await fixture<SmeReadiness>(html`<sme-readiness lang="en" no-storage></sme-readiness>`);
    const root = el.shadowRoot!;
    const completed = new Promise<SmeCompleteDetail>((resolve) =>
      el.addEventListener('sme-complete', (event) => resolve(event.detail), { once: true }),
    );
    const start = await until(
      () => root.querySelector<HTMLButtonElement>('button.start'),
      10000,
      'the intro',
    );
    start.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('sme-questionnaire'), 5000, 'the questionnaire');

    let presses = 0;
    const pagesSeen = new Set<string>();
    while (root.querySelector('sme-questionnaire') && presses < 1500) {
      const form = root.querySelector('sme-questionnaire')!;
      pagesSeen.add(form.shadowRoot?.querySelector('h2')?.textContent ?? '');
      const active = deepActiveElement();
      const question = active ? owningQuestion(active) : null;
      if (active instanceof HTMLInputElement && question && question.value === null) {
        // Unanswered: choose the focused option (Space), or type a number.
        if (active.type === 'text') await sendKeys({ type: '60' });
        else await sendKeys({ press: 'Space' });
      } else if (active instanceof HTMLSelectElement && question && question.value === null) {
        // A drop-down (the sector, the country): the first real entry, below "Choose…".
        await sendKeys({ press: 'ArrowDown' });
      } else if (active instanceof HTMLButtonElement && active.classList.contains('next')) {
        await sendKeys({ press: 'Enter' });
      } else {
        await sendKeys({ press: 'Tab' });
      }
      presses += 1;
      await el.updateComplete;
    }
    expect(presses, 'key presses').to.be.below(1500);
    expect(pagesSeen.size).to.equal(13);

    const detail = await completed;
    expect(detail.result.completeness.ratio).to.equal(1);
    // The "about" block by keyboard too: the first radio, and the first entry of each drop-down.
    expect([
      detail.answers.about_size,
      detail.answers.about_sector,
      detail.answers.about_country,
    ]).to.deep.equal(['micro', 'A', 'AT']);
    expect(detail.result.overall.score).to.be.a('number');
    const chart = await until(() => deepQuery(root, 'sme-radar-chart'), 10000, 'the results');
    await until(() => chart.drawn, 10000, 'the radar');
    const canvas = chart.shadowRoot!.querySelector('canvas')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 0) painted += 1;
    expect(painted).to.be.greaterThan(1000);
    const recommendations = deepQuery(root, 'sme-recommendations')!;
    await until(() => recommendations.shadowRoot?.querySelector('article'), 10000, 'recommendations');
    expect(recommendations.shadowRoot!.querySelectorAll('article').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});

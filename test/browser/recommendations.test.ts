// <sme-recommendations> with the default questionnaire, whose first-time exporter gets a dozen steps
// from both areas interleaved: one list in the engine's order, five on screen, the rest behind one
// button that a keyboard drives, and every step on paper.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { defineResultsElements } from '../../src/results.js';
import type { SmeRecommendations } from '../../src/components/recommendations/recommendations.js';
import { score } from '../../src/engine/scoring/score.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import englishTexts from '../../locales/en/questionnaire.json';
import { FIRST_TIME_WEAK_DIGITAL } from '../fixtures/default-answers.js';
import { deepActiveElement, until } from './helpers/fixtures.js';

defineResultsElements();

const result = score(defaultQuestionnaire, FIRST_TIME_WEAK_DIGITAL);
const en = englishTexts as unknown as Record<string, Record<string, Record<string, string>>>;
const titleOf = (id: string) => en.recommendations![id]!.title!;

async function mount(limit?: number): Promise<SmeRecommendations> {
  const el = await fixture<SmeRecommendations>(
    html`<div>
      <sme-recommendations
        lang="en"
        limit=${limit ?? 5}
        .result=${result}
        .questionnaire=${defaultQuestionnaire}
      ></sme-recommendations>
      <p style="height: 2000px">What follows the steps on a results page.</p>
    </div>`,
  );
  const recommendations = el.querySelector('sme-recommendations')!;
  await until(() => recommendations.shadowRoot!.querySelector('h4')?.textContent, 10000, 'the texts');
  return recommendations;
}

const articles = (el: SmeRecommendations) => [...el.shadowRoot!.querySelectorAll('article')];
const shownTitles = (el: SmeRecommendations) =>
  articles(el)
    .filter((article) => article.checkVisibility())
    .map((article) => article.querySelector('h4')!.textContent!.trim());
const toggleButton = (el: SmeRecommendations) => el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;

describe('<sme-recommendations> as one list', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('has enough steps from both areas, interleaved, to test the order', () => {
    expect(result.recommendations.length).to.be.greaterThan(7);
    const areas = result.recommendations.map((item) => item.area);
    const grouped = [...areas].sort((a, b) => (a === areas[0] ? 0 : 1) - (b === areas[0] ? 0 : 1));
    expect(areas, 'grouping by area would change this order').not.to.deep.equal(grouped);
  });

  it("lists the steps in the engine's order in one <ol>, each naming its area", async () => {
    const el = await mount();
    const list = el.shadowRoot!.querySelectorAll('ol');
    expect(list.length).to.equal(1);
    expect(list[0]!.children.length).to.equal(result.recommendations.length);
    const titles = articles(el).map((article) => article.querySelector('h4')!.textContent!.trim());
    expect(titles).to.deep.equal(result.recommendations.map((item) => titleOf(item.id)));
    const areaTitle = { digital: 'Digital maturity', export: 'Export capacity' } as Record<string, string>;
    const areas = [...el.shadowRoot!.querySelectorAll('[part="area"]')].map((area) => area.textContent);
    expect(areas).to.deep.equal(result.recommendations.map((item) => areaTitle[item.area]));
  });

  it('shows exactly five, the rest after "Show N more steps", and five again after "Show fewer"', async () => {
    const el = await mount();
    const first = result.recommendations.map((item) => titleOf(item.id));
    expect(shownTitles(el)).to.deep.equal(first.slice(0, 5));
    const button = toggleButton(el);
    expect(button.textContent!.trim()).to.equal(`Show ${first.length - 5} more steps`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const controlled = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
    expect(controlled?.tagName).to.equal('OL');
    await expect(el).to.be.accessible();

    button.click();
    await el.updateComplete;
    expect(shownTitles(el)).to.deep.equal(first);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Show fewer');
    await expect(el).to.be.accessible();

    button.click();
    await el.updateComplete;
    expect(shownTitles(el)).to.deep.equal(first.slice(0, 5));
  });

  it('is driven by keyboard alone: Tab reaches the button, Enter and Space toggle, focus stays on it', async () => {
    await setViewport({ width: 800, height: 600 });
    const el = await mount();
    const button = toggleButton(el);
    // From the top of the page, through the visible steps' links, to the button.
    (document.activeElement as HTMLElement | null)?.blur();
    for (let tabs = 0; tabs < 40 && deepActiveElement() !== button; tabs += 1)
      await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'Tab reaches the button').to.equal(button);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownTitles(el).length).to.equal(result.recommendations.length);
    expect(deepActiveElement()).to.equal(button);

    // Collapsing from the bottom of the long list: the button, still focused, must still be in view.
    button.scrollIntoView({ block: 'end' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(shownTitles(el).length).to.equal(5);
    expect(deepActiveElement()).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const box = button.getBoundingClientRect();
    expect(box.top, 'button below the top of the viewport').to.be.at.least(-1);
    expect(box.bottom, 'button above the bottom of the viewport').to.be.at.most(window.innerHeight + 1);
  });

  it('prints every step and no button', async () => {
    const el = await mount();
    expect(shownTitles(el).length).to.equal(5);
    // Chromium's own print path (print CSS), as in report.test.ts. Not emulateMedia: the runner reuses
    // its page for the next test file and cannot reset an emulated media type.
    const pdf = (await executeServerCommand('print-to-pdf', { name: 'recommendations' })) as {
      pages: string[];
    };
    const printed = pdf.pages.join(' ').replace(/[\s‑-]/g, '');
    for (const item of result.recommendations)
      expect(printed, titleOf(item.id)).to.contain(titleOf(item.id).replace(/[\s‑-]/g, ''));
    expect(printed).not.to.contain('moresteps');
  });

  it('follows `limit`: no button when every step fits, and a bad value means the default', async () => {
    const all = await mount(result.recommendations.length);
    expect(shownTitles(all).length).to.equal(result.recommendations.length);
    expect(all.shadowRoot!.querySelector('button')).to.equal(null);

    const two = await mount(2);
    expect(shownTitles(two).length).to.equal(2);
    expect(toggleButton(two).textContent!.trim()).to.equal(
      `Show ${result.recommendations.length - 2} more steps`,
    );

    two.limit = Number.NaN;
    await two.updateComplete;
    expect(shownTitles(two).length).to.equal(5);
  });
});

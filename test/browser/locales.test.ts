// Every shipped language, as an SME on a 390 px phone meets it: the intro, a question page and the
// results are in that language (UI and questionnaire), numbers are formatted the local way, and no
// text overflows its box (German and Hungarian are long, Chinese has no spaces to break at).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SmeReadiness } from '../../src/components/readiness/readiness.js';
import { EXPERIENCED_STRONG_ECOMMERCE } from '../fixtures/default-answers.js';
import { deepQuery, until } from './helpers/fixtures.js';
import type { SmeRadarChart } from '../../src/components/radar-chart/radar-chart.js';
import cs from '../../locales/cs/ui.json';
import da from '../../locales/da/ui.json';
import de from '../../locales/de/ui.json';
import en from '../../locales/en/ui.json';
import es from '../../locales/es/ui.json';
import fr from '../../locales/fr/ui.json';
import hu from '../../locales/hu/ui.json';
import it_ from '../../locales/it/ui.json';
import pl from '../../locales/pl/ui.json';
import zh from '../../locales/zh/ui.json';
import csQ from '../../locales/cs/questionnaire.json';
import daQ from '../../locales/da/questionnaire.json';
import deQ from '../../locales/de/questionnaire.json';
import enQ from '../../locales/en/questionnaire.json';
import esQ from '../../locales/es/questionnaire.json';
import frQ from '../../locales/fr/questionnaire.json';
import huQ from '../../locales/hu/questionnaire.json';
import itQ from '../../locales/it/questionnaire.json';
import plQ from '../../locales/pl/questionnaire.json';
import zhQ from '../../locales/zh/questionnaire.json';

interface Texts {
  ui: { intro: { start: string }; page: { context: string }; results: { title: string; overall: string } };
  title: string;
  firstPage: string;
}
const LOCALES: Record<string, Texts> = {
  en: { ui: en, title: enQ.title, firstPage: en.page.context },
  da: { ui: da, title: daQ.title, firstPage: da.page.context },
  de: { ui: de, title: deQ.title, firstPage: de.page.context },
  fr: { ui: fr, title: frQ.title, firstPage: fr.page.context },
  es: { ui: es, title: esQ.title, firstPage: es.page.context },
  it: { ui: it_, title: itQ.title, firstPage: it_.page.context },
  pl: { ui: pl, title: plQ.title, firstPage: pl.page.context },
  hu: { ui: hu, title: huQ.title, firstPage: hu.page.context },
  cs: { ui: cs, title: csQ.title, firstPage: cs.page.context },
  zh: { ui: zh, title: zhQ.title, firstPage: zh.page.context },
};

const root = (el: Element) => el.shadowRoot!;

/** Elements, through every shadow root, whose content is wider than their box (and that do not scroll). */
function overflowing(start: Element | ShadowRoot): string[] {
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (!(element instanceof HTMLElement) || !element.checkVisibility()) continue;
      const style = getComputedStyle(element);
      if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) continue;
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0)
        found.push(
          `<${element.localName} class="${element.className}"> ${element.scrollWidth} > ${element.clientWidth}: ${element.textContent!.trim().slice(0, 60)}`,
        );
    }
  };
  visit(start);
  return found;
}

describe('every shipped language on a phone', () => {
  afterEach(() => fixtureCleanup());

  for (const [lang, texts] of Object.entries(LOCALES)) {
    it(`${lang}: intro, a question page and the results in ${lang}, nothing overflowing at 390 px`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 390px">
          <sme-readiness lang=${lang} no-storage></sme-readiness>
        </div>`,
      );
      const el = wrapper.querySelector<SmeReadiness>('sme-readiness')!;
      const start = await until(
        () => root(el).querySelector<HTMLButtonElement>('button.start'),
        10000,
        'intro',
      );
      expect(root(el).querySelector('h2')!.textContent).to.equal(texts.title);
      expect(start.textContent!.trim()).to.equal(texts.ui.intro.start);
      expect(overflowing(root(el)), 'intro').to.deep.equal([]);

      start.click();
      const form = await until(() => root(el).querySelector('sme-questionnaire'), 5000, 'questionnaire');
      await form.updateComplete;
      await until(() => root(form).querySelector('sme-question'), 5000, 'questions');
      expect(root(form).querySelector('h2')!.textContent!.trim()).to.equal(texts.firstPage);
      expect(overflowing(root(el)), 'first page').to.deep.equal([]);

      form.dispatchEvent(
        new CustomEvent('sme-finish', {
          detail: { answers: EXPERIENCED_STRONG_ECOMMERCE },
          bubbles: true,
          composed: true,
        }),
      );
      const radar = await until(() => deepQuery<SmeRadarChart>(el, 'sme-radar-chart'), 10000, 'results');
      await until(() => radar.drawn, 10000, 'radar');
      expect(deepQuery(el, '#results-title')!.textContent).to.equal(texts.ui.results.title);
      const summary = deepQuery(el, 'sme-score-summary')!;
      expect(root(summary).textContent).to.contain(texts.ui.results.overall);
      expect(overflowing(root(el)), 'results').to.deep.equal([]);
    });
  }

  it('the overflow check itself finds text wider than its box, inside shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p style="width: 60px">Donaudampfschifffahrtsgesellschaftskapitän</p>';
    expect(overflowing(host.parentElement!)).to.have.length(1);
  });

  it('formats numbers and percentages the local way (Intl.NumberFormat)', async () => {
    for (const [lang, answered] of [
      ['fr', new Intl.NumberFormat('fr', { style: 'percent' }).format(0)],
      ['de', new Intl.NumberFormat('de', { style: 'percent' }).format(0)],
      ['zh', new Intl.NumberFormat('zh', { style: 'percent' }).format(0)],
    ] as const) {
      const el = await fixture<SmeReadiness>(html`<sme-readiness lang=${lang} no-storage></sme-readiness>`);
      (await until(() => root(el).querySelector<HTMLButtonElement>('button.start'), 10000, 'intro')).click();
      const form = await until(() => root(el).querySelector('sme-questionnaire'), 5000, 'questionnaire');
      await form.updateComplete;
      const progress = await until(() => root(form).querySelector('sme-progress'), 5000, 'progress');
      await progress.updateComplete;
      // fr: "0 %" with a narrow no-break space; de: "0 %"; zh: "0%".
      expect(root(progress).textContent, lang).to.contain(answered);
      fixtureCleanup();
    }
    expect(new Intl.NumberFormat('fr', { style: 'percent' }).format(0)).to.not.equal('0%');
  });
});

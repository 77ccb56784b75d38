import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/index.js';
import { defineResultsElements } from '../../../src/results.js';
import type { SmeReadiness } from '../../../src/components/readiness/readiness.js';
import type { Questionnaire, TextResource } from '../../../src/engine/model/schema.js';
import { registerUiLanguage } from '../../../src/internal/i18n.js';
import en from '../../../locales/en/ui.json';
import { smallQuestionnaire, until, deepQuery } from '../helpers/fixtures.js';
import { FORBIDDEN_TAGS, XSS_PAYLOADS } from '../helpers/xss-payloads.js';

defineResultsElements();

declare global {
  interface Window {
    __smeXss?: number;
  }
}

/** Replaces every string leaf of a resource tree, in order, with `make(index)`. */
function replaceTexts<T>(resource: T, make: (index: number) => string): T {
  let index = 0;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return make((index += 1));
    if (node && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
    return node;
  };
  return walk(resource) as T;
}

/** Every element in the document and in every shadow root below it. */
function allElements(root: ParentNode = document): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** Walks the widget through intro, every page and the results, with every "show more" opened. */
async function takeWholeAssessment(el: SmeReadiness): Promise<void> {
  const root = el.shadowRoot!;
  await until(() => root.querySelector('button.start'), 5000, 'the intro');
  root.querySelector<HTMLButtonElement>('button.start')!.click();
  const form = await until(() => root.querySelector('sme-questionnaire'), 5000, 'the questionnaire');
  for (let guard = 0; guard < 50 && root.querySelector('sme-questionnaire'); guard += 1) {
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
  const recommendations = await until(() => deepQuery(root, 'sme-recommendations'), 5000, 'the results');
  await recommendations.updateComplete;
  for (const more of recommendations.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.more'))
    more.click();
  await recommendations.updateComplete;
  const chart = deepQuery(root, 'sme-radar-chart')!;
  await until(() => chart.drawn, 10000, 'the chart');
}

const forbiddenInDocument = () =>
  allElements().filter((element) => FORBIDDEN_TAGS.includes(element.localName)).length;
let documentBaseline = 0;

function assertNothingInjected(el: SmeReadiness, payloadText: string): void {
  expect(window.__smeXss, `script ran for ${payloadText}`).to.equal(undefined);
  expect(forbiddenInDocument(), 'elements outside the widget').to.equal(documentBaseline);
  const injected = allElements(el.shadowRoot!).filter((element) =>
    FORBIDDEN_TAGS.includes(element.localName),
  );
  expect(
    injected.map((element) => element.localName),
    `elements added for ${payloadText}`,
  ).to.deep.equal([]);
  for (const link of allElements(el.shadowRoot!).filter((element) => element.localName === 'a'))
    expect(link.getAttribute('href')).to.match(/^(https?:|mailto:)/);
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
}

describe('untrusted text is rendered as text', function () {
  this.timeout(120000);
  before(() => {
    documentBaseline = forbiddenInDocument();
  });
  afterEach(() => {
    fixtureCleanup();
    delete window.__smeXss;
  });

  it(`has a corpus of at least 40 payloads`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(40);
  });

  it('runs no payload placed in every text of a questionnaire, on every screen', async () => {
    const base = smallQuestionnaire();
    for (const payload of XSS_PAYLOADS) {
      const hostile: Questionnaire = {
        ...structuredClone(base),
        texts: { en: replaceTexts(base.texts.en as TextResource, (index) => `${index} ${payload}`) },
      };
      const el = await fixture<SmeReadiness>(
        html`<sme-readiness lang="en" no-storage .questionnaire=${hostile}></sme-readiness>`,
      );
      await takeWholeAssessment(el);
      // The texts really were shown: the payload is there, as text (here in the area names).
      const summary = deepQuery(el, 'sme-score-summary')!;
      expect(summary.shadowRoot!.querySelector('.area span')!.textContent).to.contain(payload);
      assertNothingInjected(el, payload);
      fixtureCleanup();
    }
  });

  it('runs no payload placed in every string of a UI locale file', async () => {
    const hostileUi = replaceTexts(en, (index) => XSS_PAYLOADS[index % XSS_PAYLOADS.length]!);
    registerUiLanguage('xx', async () => ({ default: hostileUi }));
    const hostile = structuredClone(smallQuestionnaire());
    hostile.locales = ['en', 'xx'];
    hostile.texts = { en: hostile.texts.en!, xx: hostile.texts.en! };
    const el = await fixture<SmeReadiness>(
      html`<sme-readiness lang="xx" no-storage .questionnaire=${hostile}></sme-readiness>`,
    );
    await takeWholeAssessment(el);
    const texts = allElements(el.shadowRoot!)
      .map((element) => element.textContent ?? '')
      .join(' ');
    expect(texts).to.contain('<script>window.__smeXss = 1</script>');
    assertNothingInjected(el, 'the UI strings');
  });

  it('refuses action URLs other than https:, http: and mailto:', async () => {
    const base = smallQuestionnaire();
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      ' javascript:x',
      'vbscript:x',
    ]) {
      const hostile = structuredClone(base);
      hostile.recommendations![0]!.actions = [{ label: 'rec.t', url }];
      const el = await fixture<SmeReadiness>(
        html`<sme-readiness no-storage .questionnaire=${hostile}></sme-readiness>`,
      );
      await until(() => el.shadowRoot!.querySelector('.problems'), 5000, 'the error panel');
      expect(el.shadowRoot!.querySelector('.problems')!.textContent).to.contain('unsafe_url');
      fixtureCleanup();
    }
  });
});

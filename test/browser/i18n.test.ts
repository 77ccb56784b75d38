import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import i18next from 'i18next';
import '../../src/index.js';
import type { SmeReadiness } from '../../src/components/readiness/readiness.js';
import type { Questionnaire } from '../../src/engine/model/schema.js';
import { getI18n, matchLanguage, registerUiLanguage, resolveLanguage } from '../../src/internal/i18n.js';
import en from '../../locales/en/ui.json';
import { smallQuestionnaire, until } from './helpers/fixtures.js';

/** A pseudo-locale: every English string reversed and bracketed, so untranslated text stands out. */
function pseudo<T>(resource: T, mark: string): T {
  const walk = (node: unknown): unknown =>
    typeof node === 'string'
      ? `${mark}[${node}]`
      : node && typeof node === 'object'
        ? Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]))
        : node;
  return walk(resource) as T;
}

function withLocale(questionnaire: Questionnaire, lang: string, mark: string): Questionnaire {
  const copy = structuredClone(questionnaire);
  copy.locales = [...copy.locales, lang];
  copy.texts[lang] = pseudo(copy.texts.en!, mark);
  return copy;
}

const root = (el: Element) => el.shadowRoot!;

describe('languages', () => {
  afterEach(() => fixtureCleanup());

  it('matches regional tags to their base language and falls back to English', async () => {
    expect(matchLanguage('de-AT', ['en', 'de'])).to.equal('de');
    expect(matchLanguage('PT-br', ['en', 'pt-BR'])).to.equal('pt-BR');
    expect(matchLanguage('sv', ['en', 'de'])).to.equal(null);
    const wrapper = await fixture<HTMLElement>(html`<div lang="sv-FI"><span></span></div>`);
    // Swedish is not shipped, so the browser's languages decide (en-US in headless Chromium).
    expect(navigator.languages.some((lang) => lang.startsWith('en'))).to.equal(true);
    expect(resolveLanguage(wrapper.querySelector('span')!)).to.equal('en');
  });

  it('uses its own i18next instance and leaves the host page’s i18next alone', async () => {
    await i18next.init({ lng: 'fr', resources: { fr: { translation: { hello: 'Bonjour' } } } });
    registerUiLanguage('x-host', async () => ({ default: pseudo(en, 'H') }));
    const questionnaire = withLocale(smallQuestionnaire(), 'x-host', 'H');
    const el = await fixture<SmeReadiness>(
      html`<sme-readiness lang="x-host" no-storage .questionnaire=${questionnaire}></sme-readiness>`,
    );
    await until(
      () => root(el).querySelector('button.start')?.textContent?.includes('H['),
      5000,
      'pseudo texts',
    );
    expect(getI18n()).to.not.equal(i18next);
    expect(i18next.language).to.equal('fr');
    expect(i18next.t('hello')).to.equal('Bonjour');
    expect(i18next.hasResourceBundle('x-host', 'ui')).to.equal(false);
    expect(i18next.options.defaultNS).to.not.equal('ui');
  });

  it('switches language live, keeping the answers', async () => {
    registerUiLanguage('x-live', async () => ({ default: pseudo(en, 'L') }));
    const questionnaire = withLocale(smallQuestionnaire(), 'x-live', 'L');
    const el = await fixture<SmeReadiness>(
      html`<sme-readiness
        lang="en"
        no-storage
        language-picker
        .questionnaire=${questionnaire}
      ></sme-readiness>`,
    );
    await until(() => root(el).querySelector<HTMLButtonElement>('button.start'), 5000, 'the intro')!.then(
      (start) => start.click(),
    );
    const form = await until(() => root(el).querySelector('sme-questionnaire'), 5000, 'the questionnaire');
    await form.updateComplete;
    const question = root(form).querySelector('sme-question')!;
    await question.updateComplete;
    root(question).querySelector<HTMLInputElement>('input[value="yes"]')!.click();
    const picker = root(el).querySelector<HTMLSelectElement>('select')!;
    expect([...picker.options].map((option) => option.value)).to.deep.equal(['en', 'x-live']);
    picker.value = 'x-live';
    picker.dispatchEvent(new Event('change'));
    await until(
      () => root(question).querySelector('legend')?.textContent?.startsWith('L['),
      5000,
      'new texts',
    );
    expect(root(form).querySelector('h2')!.textContent).to.equal('L[About your business]');
    expect(root(form).querySelector('button.next')!.textContent!.trim()).to.equal('L[Next]');
    expect(el.currentAnswers).to.deep.equal({ exports: 'yes' });
  });

  it('lays the widget out right to left for a right-to-left language', async () => {
    registerUiLanguage('ar', async () => ({ default: pseudo(en, 'R') }));
    const questionnaire = withLocale(smallQuestionnaire(), 'ar', 'R');
    const el = await fixture<SmeReadiness>(
      html`<div style="width: 700px">
        <sme-readiness lang="ar" no-storage .questionnaire=${questionnaire}></sme-readiness>
      </div>`,
    ).then((wrapper) => wrapper.querySelector('sme-readiness')!);
    await until(() => root(el).querySelector('button.start')?.textContent?.includes('R['), 5000, 'the intro');
    const base = root(el).querySelector<HTMLElement>('.base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    root(el).querySelector<HTMLButtonElement>('button.start')!.click();
    const form = await until(() => root(el).querySelector('sme-questionnaire'), 5000, 'the questionnaire');
    form.page = 1;
    await form.updateComplete;
    const back = root(form).querySelector('button.back')!.getBoundingClientRect();
    const next = root(form).querySelector('button.next')!.getBoundingClientRect();
    // Mirrored: "back" sits on the right, "next" on the left.
    expect(back.left).to.be.greaterThan(next.left);
    try {
      await expect(el).to.be.accessible();
    } catch (error) {
      throw new Error(String((error as Error).message).slice(0, 1500), { cause: error });
    }
  });

  it('falls back to English UI strings for a language only the questionnaire has', async () => {
    const questionnaire = withLocale(smallQuestionnaire(), 'sv', 'S');
    const el = await fixture<SmeReadiness>(
      html`<sme-readiness lang="sv" no-storage .questionnaire=${questionnaire}></sme-readiness>`,
    );
    await until(() => root(el).querySelector('button.start'), 5000, 'the intro');
    expect(root(el).querySelector('h2')!.textContent).to.equal('S[Small test questionnaire]');
    expect(root(el).querySelector('button.start')!.textContent!.trim()).to.equal('Start the assessment');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });
});

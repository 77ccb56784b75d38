import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SmeReadiness } from '../../src/components/readiness/readiness.js';
import type { SmeErrorDetail } from '../../src/internal/events.js';
import { nextEvent, smallQuestionnaire, until } from './helpers/fixtures.js';

const questionnaire = smallQuestionnaire();
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const click = (el: Element, selector: string) => root(el).querySelector<HTMLElement>(selector)!.click();

async function ready(el: SmeReadiness, selector: string): Promise<void> {
  await until(() => root(el).querySelector(selector), 5000, selector);
  await el.updateComplete;
}

async function answerFirstQuestion(el: SmeReadiness, value: string): Promise<void> {
  const form = root(el).querySelector('sme-questionnaire')!;
  await form.updateComplete;
  const question = root(form).querySelector('sme-question')!;
  await question.updateComplete;
  root(question).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
  await el.updateComplete;
}

describe('<sme-readiness>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it('shows an accessible intro for a questionnaire given as a property', async () => {
    const el = await fixture<SmeReadiness>(
      html`<sme-readiness lang="en" .questionnaire=${questionnaire}></sme-readiness>`,
    );
    await ready(el, '.intro');
    expect(root(el).querySelector('h2')!.textContent).to.equal('Small test questionnaire');
    expect(text(el)).to.contain('Your answers stay in this browser');
    await expect(el).to.be.accessible();
  });

  it('saves answers as they are given and offers to continue after a reload', async () => {
    const first = await fixture<SmeReadiness>(
      html`<sme-readiness
        lang="en"
        storage-key="resume-test"
        .questionnaire=${questionnaire}
      ></sme-readiness>`,
    );
    await ready(first, '.intro');
    click(first, 'button.start');
    await ready(first, 'sme-questionnaire');
    await answerFirstQuestion(first, 'no');
    const saved = JSON.parse(localStorage.getItem('sme-readiness:resume-test')!);
    expect(saved.answers).to.deep.equal({ exports: 'no' });
    expect(saved.questionnaire).to.deep.equal({ id: 'small', version: '1.0.0' });
    fixtureCleanup();

    const again = await fixture<SmeReadiness>(
      html`<sme-readiness
        lang="en"
        storage-key="resume-test"
        .questionnaire=${questionnaire}
      ></sme-readiness>`,
    );
    await ready(again, '.resume');
    expect(text(again)).to.contain('You have answered 1 of');
    await expect(again).to.be.accessible();
    click(again, '.resume .button');
    await ready(again, 'sme-questionnaire');
    expect(again.currentAnswers).to.deep.equal({ exports: 'no' });
  });

  it('discards a corrupt save quietly and starts fresh', async () => {
    localStorage.setItem('sme-readiness:small', '{"format":1,"questionnaire":');
    const el = await fixture<SmeReadiness>(
      html`<sme-readiness lang="en" .questionnaire=${questionnaire}></sme-readiness>`,
    );
    await ready(el, '.intro');
    expect(root(el).querySelector('.resume')).to.equal(null);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(localStorage.getItem('sme-readiness:small')).to.equal(null);
  });

  it('keeps working when storage is blocked', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    try {
      const el = await fixture<SmeReadiness>(
        html`<sme-readiness lang="en" .questionnaire=${questionnaire}></sme-readiness>`,
      );
      await ready(el, '.intro');
      click(el, 'button.start');
      await ready(el, 'sme-questionnaire');
      await answerFirstQuestion(el, 'yes');
      expect(el.currentAnswers).to.deep.equal({ exports: 'yes' });
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  for (const [name, src, expected] of [
    ['a URL that 404s', '/test/fixtures/missing.json', /404/],
    ['a file that is not JSON', '/test/fixtures/not-json.txt', /not valid/],
    ['a URL that returns HTML', '/test/fixtures/page.html', /HTML page/],
  ] as const) {
    it(`shows a readable error panel and fires sme-error for ${name}`, async () => {
      const errors: SmeErrorDetail[] = [];
      const listener = (event: Event) => errors.push((event as CustomEvent<SmeErrorDetail>).detail);
      document.addEventListener('sme-error', listener);
      try {
        const el = await fixture<SmeReadiness>(
          html`<sme-readiness lang="en" questionnaire-src=${src}></sme-readiness>`,
        );
        await ready(el, '.error');
        expect(root(el).querySelector('.error h2')!.textContent).to.equal(
          'The assessment could not be loaded',
        );
        expect(root(el).querySelector('.error .message')!.textContent).to.match(expected);
        expect(errors).to.have.length(1);
        expect(errors[0]!.source).to.equal(src);
        expect(errors[0]!.message).to.match(expected);
        await expect(el).to.be.accessible();
        // A valid questionnaire set afterwards still works.
        el.removeAttribute('questionnaire-src');
        el.questionnaire = questionnaire;
        await ready(el, '.intro');
      } finally {
        document.removeEventListener('sme-error', listener);
      }
    });
  }

  it('lists every problem of an invalid questionnaire with its path and code', async () => {
    const broken = structuredClone(questionnaire) as unknown as {
      questions: { options?: { score?: number }[] }[];
    };
    broken.questions[2]!.options![0]!.score = 7;
    const el = await fixture<SmeReadiness>(html`<sme-readiness lang="en"></sme-readiness>`);
    const failed = nextEvent<SmeErrorDetail>(el, 'sme-error');
    el.questionnaire = broken;
    const { detail } = await failed;
    expect(detail.code).to.equal('questionnaire-invalid');
    expect(detail.problems.map((problem) => `${problem.path} ${problem.code}`)).to.deep.equal([
      'questions[2].options[0].score too_big',
    ]);
    await ready(el, '.problems');
    expect(root(el).querySelector('.problems')!.textContent).to.contain('questions[2].options[0].score');
  });

  it('keeps two widgets with different questionnaires and languages on one page independent', async () => {
    const other = structuredClone(questionnaire);
    other.id = 'other';
    other.locales = ['en', 'x-second'];
    other.texts['x-second'] = { ...structuredClone(other.texts.en!), title: 'Zweiter Fragebogen' };
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sme-readiness lang="en" storage-key="one" .questionnaire=${questionnaire}></sme-readiness>
        <sme-readiness lang="x-second" storage-key="two" .questionnaire=${other}></sme-readiness>
      </div>`,
    );
    const [one, two] = [...wrapper.querySelectorAll('sme-readiness')] as [SmeReadiness, SmeReadiness];
    await ready(one, '.intro');
    await ready(two, '.intro');
    click(one, 'button.start');
    await ready(one, 'sme-questionnaire');
    await answerFirstQuestion(one, 'yes');
    expect(one.currentAnswers).to.deep.equal({ exports: 'yes' });
    expect(two.currentAnswers).to.deep.equal({});
    expect(root(two).querySelector('h2')!.textContent).to.equal('Zweiter Fragebogen');
    expect(root(one).querySelector('sme-questionnaire')).to.not.equal(null);
    expect(root(two).querySelector('.intro')).to.not.equal(null);
    expect(localStorage.getItem('sme-readiness:two')).to.equal(null);
  });
});

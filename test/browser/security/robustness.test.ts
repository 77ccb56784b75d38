import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { SmeReadiness } from '../../../src/components/readiness/readiness.js';
import type { SmeErrorDetail } from '../../../src/internal/events.js';
import { nextEvent, smallQuestionnaire, until } from '../helpers/fixtures.js';

const questionnaire = smallQuestionnaire();
const root = (el: Element) => el.shadowRoot!;

async function intro(el: SmeReadiness): Promise<void> {
  await until(() => root(el).querySelector('.intro'), 5000, 'the intro');
  await el.updateComplete;
}

function save(key: string, value: unknown): void {
  localStorage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
}

describe('saved state that cannot be trusted', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => fixtureCleanup());

  it('drops a save in another format', async () => {
    save('sme-readiness:small', { format: 2, questionnaire: { id: 'small' }, answers: { exports: 'yes' } });
    const el = await fixture<SmeReadiness>(
      html`<sme-readiness .questionnaire=${questionnaire}></sme-readiness>`,
    );
    await intro(el);
    expect(root(el).querySelector('.resume')).to.equal(null);
    expect(localStorage.getItem('sme-readiness:small')).to.equal(null);
  });

  it('keeps what still fits when the questionnaire changed since the save', async () => {
    save('sme-readiness:small', {
      format: 1,
      questionnaire: { id: 'small', version: '0.9.0' },
      answers: { exports: 'yes', removed_question: 'x', markets: 'removed_option', skills: 'high' },
      page: 9,
      startedAt: null,
      savedAt: '2026-01-01T00:00:00.000Z',
    });
    const el = await fixture<SmeReadiness>(
      html`<sme-readiness .questionnaire=${questionnaire}></sme-readiness>`,
    );
    await intro(el);
    root(el).querySelector<HTMLButtonElement>('.resume .button')!.click();
    await until(() => root(el).querySelector('sme-questionnaire'), 5000, 'the questionnaire');
    expect(el.currentAnswers).to.deep.equal({ exports: 'yes', skills: 'high' });
    // The saved page (9) no longer exists: the last page is shown instead of nothing.
    const form = root(el).querySelector('sme-questionnaire')!;
    await form.updateComplete;
    expect(form.page).to.equal(form.pageCount - 1);
  });

  it('keeps working when saving fails because storage is full', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      const el = await fixture<SmeReadiness>(
        html`<sme-readiness .questionnaire=${questionnaire}></sme-readiness>`,
      );
      await intro(el);
      root(el).querySelector<HTMLButtonElement>('button.start')!.click();
      const form = await until(() => root(el).querySelector('sme-questionnaire'), 5000, 'the questionnaire');
      await form.updateComplete;
      const question = root(form).querySelector('sme-question')!;
      await question.updateComplete;
      root(question).querySelector<HTMLInputElement>('input[value="no"]')!.click();
      expect(el.currentAnswers).to.deep.equal({ exports: 'no' });
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});

describe('questionnaire URLs that fail', () => {
  afterEach(() => fixtureCleanup());

  it('gives up on a URL that does not answer in time, with a readable error', async () => {
    const el = await fixture<SmeReadiness>(html`<sme-readiness .fetchTimeout=${300}></sme-readiness>`);
    await until(() => root(el).querySelector('button.start'), 5000, 'the default intro');
    const failed = nextEvent<SmeErrorDetail>(el, 'sme-error');
    el.setAttribute('questionnaire-src', '/test/slow-questionnaire.json');
    const { detail } = await failed;
    expect(detail.code).to.equal('questionnaire-fetch');
    expect(detail.message).to.contain('no answer within 0.3 seconds');
    await until(() => root(el).querySelector('.error'), 2000, 'the error panel');
    // "Try again" is offered for network failures.
    expect(root(el).querySelector('.error button')!.textContent!.trim()).to.equal('Try again');
  });

  it('reports a wrong shape and a semantically broken definition with paths', async () => {
    for (const [broken, path, code] of [
      [{ id: 'x' }, 'version', 'required'],
      [
        { ...structuredClone(questionnaire), levels: [{ id: 'all', label: 'level.low', min: 0, max: 90 }] },
        'levels',
        'level_gap',
      ],
    ] as const) {
      const el = await fixture<SmeReadiness>(html`<sme-readiness></sme-readiness>`);
      const failed = nextEvent<SmeErrorDetail>(el, 'sme-error');
      el.questionnaire = broken;
      const { detail } = await failed;
      expect(
        detail.problems.some((problem) => problem.path === path && problem.code === code),
        JSON.stringify(detail),
      ).to.equal(true);
      fixtureCleanup();
    }
  });
});

describe('a hostile host page', () => {
  afterEach(() => {
    document.getElementById('hostile')?.remove();
    fixtureCleanup();
  });

  it('keeps its layout under aggressive global CSS, and its own styles do not leak out', async () => {
    const style = document.createElement('style');
    style.id = 'hostile';
    style.textContent = `
      * { all: revert; font-size: 30px; box-sizing: content-box; }
      button { display: none; }
      div, p, section, fieldset, label { margin: 40px !important; padding: 40px !important; border: 5px solid red; }
    `;
    document.head.append(style);
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 600px">
        <span class="option button lead">host text</span>
        <sme-readiness no-storage .questionnaire=${questionnaire}></sme-readiness>
      </div>`,
    );
    const el = wrapper.querySelector('sme-readiness')!;
    await until(() => root(el).querySelector('button.start'), 5000, 'the intro');
    const start = root(el).querySelector<HTMLButtonElement>('button.start')!;
    const box = start.getBoundingClientRect();
    expect(getComputedStyle(start).display).to.not.equal('none');
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.above(44);
    // The widget fits the width its container gives it.
    expect(el.getBoundingClientRect().width).to.be.at.most(wrapper.getBoundingClientRect().width + 100);
    start.click();
    const form = await until(() => root(el).querySelector('sme-questionnaire'), 5000, 'the questionnaire');
    await form.updateComplete;
    const next = root(form).querySelector<HTMLButtonElement>('button.next')!;
    expect(getComputedStyle(next).display).to.not.equal('none');
    // Host elements that share class names with the widget's insides keep the host's look.
    const hostSpan = wrapper.querySelector('span')!;
    expect(getComputedStyle(hostSpan).borderTopStyle).to.equal('none');
    expect(getComputedStyle(hostSpan).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
});

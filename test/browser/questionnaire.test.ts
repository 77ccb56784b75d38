import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SmeQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import type { SmeCompleteDetail, SmePageChangeDetail } from '../../src/internal/events.js';
import { deepActiveElement, nextEvent, smallQuestionnaire } from './helpers/fixtures.js';

const questionnaire = smallQuestionnaire();

async function render(answers = {}): Promise<SmeQuestionnaire> {
  return fixture<SmeQuestionnaire>(
    html`<sme-questionnaire
      lang="en"
      .questionnaire=${questionnaire}
      .answers=${answers}
    ></sme-questionnaire>`,
  );
}

const heading = (el: SmeQuestionnaire) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();
const button = (el: SmeQuestionnaire, selector: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector);

describe('<sme-questionnaire>', () => {
  it('starts with the context page, shows progress, and is accessible', async () => {
    const el = await render();
    expect(heading(el)).to.equal('About your business');
    const progress = el.shadowRoot!.querySelector('sme-progress')!;
    await progress.updateComplete;
    expect(progress.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Step 1 of 4');
    expect(button(el, '.back')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows only visible questions and updates its answers from sme-answer', async () => {
    const el = await render();
    const ids = () => [...el.shadowRoot!.querySelectorAll('sme-question')].map((each) => each.question!.id);
    expect(ids()).to.deep.equal(['exports']);
    const question = el.shadowRoot!.querySelector('sme-question')!;
    await question.updateComplete;
    question.shadowRoot!.querySelector<HTMLInputElement>('input[value="yes"]')!.click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ exports: 'yes' });
    expect(ids()).to.deep.equal(['exports', 'share']);
  });

  it('moves between pages, fires sme-page-change and focuses the new heading', async () => {
    const el = await render();
    const changed = nextEvent<SmePageChangeDetail>(el, 'sme-page-change');
    button(el, '.next')!.click();
    expect((await changed).detail).to.deep.equal({ page: 1, pageId: 'tools', pageCount: 4 });
    await el.updateComplete;
    expect(heading(el)).to.equal('Tools');
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('h2'));
    await expect(el).to.be.accessible();
    button(el, '.back')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('About your business');
  });

  it('fires sme-complete with answers, the scored result and the documented shape on the last page', async () => {
    const answers = {
      exports: 'no',
      tools: ['erp'],
      web: 'dk',
      staff: 80,
      skills: 'low',
      markets: 'm1',
      plan: 'no',
    };
    const el = await render(answers);
    el.page = 3;
    el.startedAt = '2026-11-24T10:00:00.000Z';
    await el.updateComplete;
    const finish = button(el, '.next')!;
    expect(finish.textContent!.trim()).to.equal('See my results');
    const completed = nextEvent<SmeCompleteDetail>(el, 'sme-complete');
    finish.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await completed;
    expect(detail.format).to.equal('sme-readiness/assessment@1');
    expect(detail.questionnaire).to.deep.equal({ id: 'small', version: '1.0.0' });
    expect(detail.locale).to.equal('en');
    expect(detail.answers).to.deep.equal(answers);
    expect(detail.result.overall).to.deep.equal({ score: 25, level: 'low' });
    expect(detail.result.profile).to.equal('first');
    expect(detail.startedAt).to.equal('2026-11-24T10:00:00.000Z');
    expect(Date.parse(detail.completedAt)).to.be.greaterThan(0);
    expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(detail);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SmeQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import type { SmeFinishDetail, SmePageChangeDetail } from '../../src/internal/events.js';
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

  it('fires sme-finish with its answers on the last page, and scores nothing itself', async () => {
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
    await el.updateComplete;
    const finish = button(el, '.next')!;
    expect(finish.textContent!.trim()).to.equal('See my results');
    let completes = 0;
    el.addEventListener('sme-complete', () => (completes += 1));
    const finished = nextEvent<SmeFinishDetail>(el, 'sme-finish');
    finish.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await finished;
    expect(detail).to.deep.equal({ answers });
    expect(detail.answers).to.not.equal(el.answers, 'a copy, not the element’s own object');
    expect(completes).to.equal(0);
  });

  it('merges each answer once, before listeners outside it hear the event', async () => {
    const el = await render({ exports: 'no' });
    const seen: unknown[] = [];
    el.addEventListener('sme-answer', () => seen.push(structuredClone(el.answers)));
    const question = el.shadowRoot!.querySelector('sme-question')!;
    question.shadowRoot!.querySelector<HTMLInputElement>('input[value="yes"]')!.click();
    expect(seen).to.deep.equal([{ exports: 'yes' }]);
  });
});

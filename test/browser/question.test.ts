import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SmeQuestion } from '../../src/components/question/question.js';
import type { SmeAnswerDetail } from '../../src/internal/events.js';
import { deepActiveElement, nextEvent, smallQuestionnaire } from './helpers/fixtures.js';

const questionnaire = smallQuestionnaire();
const question = (id: string) => questionnaire.questions.find((each) => each.id === id)!;

async function render(id: string, value: unknown = null): Promise<SmeQuestion> {
  return fixture<SmeQuestion>(
    html`<sme-question
      lang="en"
      .question=${question(id)}
      .questionnaire=${questionnaire}
      .value=${value}
    ></sme-question>`,
  );
}

const inputs = (el: SmeQuestion) => [...el.shadowRoot!.querySelectorAll('input')];

describe('<sme-question>', () => {
  it('renders a single-choice question as radios in a fieldset with the question as legend', async () => {
    const el = await render('markets');
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.equal('How many markets?');
    expect(inputs(el).map((input) => input.type)).to.deep.equal(['radio', 'radio', 'radio']);
    await expect(el).to.be.accessible();
  });

  it('fires sme-answer with the option id when a radio is chosen by keyboard', async () => {
    const el = await render('skills');
    inputs(el)[0]!.focus();
    const answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    await sendKeys({ press: 'ArrowRight' });
    const event = await answered;
    expect(event.detail).to.deep.equal({ questionId: 'skills', value: 'mid' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('selects with Space and shows the given value as checked', async () => {
    const el = await render('web', 'no');
    expect(inputs(el).find((input) => input.checked)!.value).to.equal('no');
    inputs(el)[0]!.focus();
    const answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    await sendKeys({ press: 'Space' });
    expect((await answered).detail.value).to.equal('yes');
  });

  it('keeps no copy of the answer: `value` changes only when its owner sets it', async () => {
    const el = await render('tools');
    const answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    inputs(el)[1]!.click();
    expect((await answered).detail.value).to.deep.equal(['crm']);
    expect(el.value).to.equal(null);
  });

  it('multi-choice: ticking boxes adds them in option order; an exclusive choice clears the others', async () => {
    const el = await render('tools');
    // The owner's part: pass each answer back.
    el.addEventListener('sme-answer', (event) => (el.value = event.detail.value));
    const boxes = inputs(el);
    expect(boxes.every((box) => box.type === 'checkbox')).to.equal(true);
    let answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    boxes[1]!.click();
    expect((await answered).detail.value).to.deep.equal(['crm']);
    await el.updateComplete;
    answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    boxes[0]!.click();
    expect((await answered).detail.value).to.deep.equal(['erp', 'crm']);
    await el.updateComplete;
    answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    boxes[3]!.click(); // "none of these" (exclusive)
    expect((await answered).detail.value).to.deep.equal(['none']);
    await el.updateComplete;
    expect(
      inputs(el)
        .filter((box) => box.checked)
        .map((box) => box.value),
    ).to.deep.equal(['none']);
    answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    boxes[2]!.click(); // a real choice clears "none"
    expect((await answered).detail.value).to.deep.equal(['cloud']);
    await el.updateComplete;
    answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    boxes[2]!.click(); // unticking the last choice clears the answer
    expect((await answered).detail.value).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('number: typed values are answers (a decimal comma too); out-of-range shows an error tied to the field', async () => {
    const el = await render('staff');
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('input[inputmode="decimal"]')!;
    field.focus();
    const values: unknown[] = [];
    el.addEventListener('sme-answer', (event) => values.push(event.detail.value));
    await sendKeys({ type: '42,5' });
    // "42," is not a number yet, so it fires nothing; "42,5" is.
    expect(values).to.deep.equal([4, 42, 42.5]);
    for (let index = 0; index < 4; index += 1) await sendKeys({ press: 'Backspace' });
    expect(values.at(-1)).to.equal(null); // emptied: the answer is cleared
    await sendKeys({ type: '250' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.querySelector('.error')!;
    expect(error.textContent).to.contain('from 0 to 100');
    expect(field.getAttribute('aria-describedby')).to.equal(error.id);
    await expect(el).to.be.accessible();
    const answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click(); // don't know
    expect((await answered).detail.value).to.equal('dk');
  });

  it('shows its help text and describes the fieldset with it', async () => {
    const withHelp = structuredClone(questionnaire);
    withHelp.questions[6]!.help = 'q.plan';
    const el = await fixture<SmeQuestion>(
      html`<sme-question .question=${withHelp.questions[6]} .questionnaire=${withHelp}></sme-question>`,
    );
    const help = el.shadowRoot!.querySelector('.help')!;
    expect(help.textContent).to.equal('Do you have an export plan?');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal(help.id);
  });

  it('is reachable with Tab', async () => {
    const el = await render('markets');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(inputs(el)[0]);
    before.remove();
  });
});

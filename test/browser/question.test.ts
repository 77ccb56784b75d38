import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SmeQuestion } from '../../src/components/question/question.js';
import type { SmeAnswerDetail } from '../../src/internal/events.js';
import type { Questionnaire } from '../../src/engine/model/schema.js';
import { validateQuestionnaire } from '../../src/engine/validation/validate.js';
import { deepActiveElement, nextEvent, smallQuestionnaire, until } from './helpers/fixtures.js';

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

/** The small questionnaire with a drop-down single choice and two country questions, validated. */
function withDropDowns(): Questionnaire {
  const definition = structuredClone(questionnaire);
  const texts = definition.texts.en!;
  texts.about = {
    sector: 'Main activity?',
    sectorHelp: 'Optional, not scored.',
    country: 'Where are you based?',
    near: 'Which neighbour?',
    markets: 'Which markets are you aiming at?',
    s: { C: 'Manufacturing', G: 'Trade', J: 'Information and communication' },
  };
  definition.questions.push(
    {
      id: 'sector',
      type: 'single',
      display: 'dropdown',
      title: 'about.sector',
      help: 'about.sectorHelp',
      options: ['C', 'G', 'J'].map((id) => ({ id, label: `about.s.${id}` })),
    },
    { id: 'country', type: 'country', title: 'about.country' },
    { id: 'near', type: 'country', title: 'about.near', countries: ['DE', 'CH', 'AT'] },
    { id: 'targets', type: 'country', title: 'about.markets', maxChoices: 3 },
  );
  const validation = validateQuestionnaire(definition);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  return validation.value;
}

describe('<sme-question> drop-downs', () => {
  const about = withDropDowns();
  const renderAbout = (id: string, value: unknown = null, lang = 'en') =>
    fixture<SmeQuestion>(
      html`<sme-question
        lang=${lang}
        .question=${about.questions.find((each) => each.id === id)}
        .questionnaire=${about}
        .value=${value}
      ></sme-question>`,
    );
  const selectOf = (el: SmeQuestion) => el.shadowRoot!.querySelector('select')!;
  const texts = (options: Iterable<HTMLOptionElement>) =>
    [...options].map((option) => option.textContent!.trim());

  it('a dropdown single choice is one select, named by the question and described by the help', async () => {
    const el = await renderAbout('sector');
    const select = selectOf(el);
    expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.htmlFor).to.equal(select.id);
    expect(label.textContent).to.equal('Main activity?');
    expect(select.labels[0]).to.equal(label);
    expect(el.shadowRoot!.getElementById(select.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Optional, not scored.',
    );
    expect(texts(select.options)).to.deep.equal([
      'Choose…',
      'Manufacturing',
      'Trade',
      'Information and communication',
    ]);
    expect(select.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('answers with the option id when chosen by keyboard, and with null when the empty entry is chosen', async () => {
    const el = await renderAbout('sector');
    el.addEventListener('sme-answer', (event) => (el.value = event.detail.value));
    selectOf(el).focus();
    let answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    await sendKeys({ press: 'ArrowDown' });
    expect((await answered).detail).to.deep.equal({ questionId: 'sector', value: 'C' });
    answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    await sendKeys({ press: 'ArrowDown' });
    expect((await answered).detail.value).to.equal('G');
    await el.updateComplete;
    expect(selectOf(el).value).to.equal('G');
    answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    await sendKeys({ press: 'Home' });
    expect((await answered).detail.value).to.equal(null);
  });

  it('shows the value its owner sets, also after the user has picked another', async () => {
    const el = await renderAbout('sector', 'J');
    expect(selectOf(el).value).to.equal('J');
    selectOf(el).value = 'C';
    selectOf(el).dispatchEvent(new Event('change'));
    el.value = 'G';
    await el.updateComplete;
    expect(selectOf(el).value).to.equal('G');
    el.value = null;
    await el.updateComplete;
    expect(selectOf(el).value).to.equal('');
  });

  it('a country question lists EU/EEA countries first, then all others, by name; answers with the code', async () => {
    const el = await renderAbout('country', 'AT');
    const select = selectOf(el);
    expect(select.options[0]!.textContent!.trim()).to.equal('Choose a country…');
    const groups = [...select.querySelectorAll('optgroup')];
    expect(groups.map((group) => group.label)).to.deep.equal(['EU and EEA countries', 'Other countries']);
    const eu = [...groups[0]!.querySelectorAll('option')];
    expect(eu).to.have.length(30);
    expect(texts(eu).slice(0, 3)).to.deep.equal(['Austria', 'Belgium', 'Bulgaria']);
    expect(groups[1]!.querySelectorAll('option')).to.have.length(249 - 30);
    expect(texts(groups[1]!.querySelectorAll('option'))).to.include.members([
      'Switzerland',
      'United Kingdom',
    ]);
    expect(select.value).to.equal('AT');
    expect(select.labels[0]!.textContent).to.equal('Where are you based?');
    await expect(el).to.be.accessible();

    el.addEventListener('sme-answer', (event) => (el.value = event.detail.value));
    select.focus();
    const answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    await sendKeys({ press: 'ArrowDown' });
    expect((await answered).detail).to.deep.equal({ questionId: 'country', value: 'BE' });
  });

  it('names and sorts the countries in the UI language (German)', async () => {
    const el = await renderAbout('country', null, 'de');
    await until(() => selectOf(el).options[0]!.textContent!.includes('Land wählen'), 5000, 'German UI texts');
    const groups = [...selectOf(el).querySelectorAll('optgroup')];
    expect(groups.map((group) => group.label)).to.deep.equal(['EU- und EWR-Staaten', 'Andere Staaten']);
    const eu = texts(groups[0]!.querySelectorAll('option'));
    expect(eu).to.include.members(['Deutschland', 'Österreich', 'Niederlande']);
    expect(eu).to.deep.equal([...eu].sort(new Intl.Collator('de').compare));
    // German order puts Ö with O, not after Z.
    expect(eu.indexOf('Österreich')).to.be.below(eu.indexOf('Polen'));
    expect(selectOf(el).querySelector<HTMLOptionElement>('option[value="DE"]')!.textContent).to.equal(
      'Deutschland',
    );
    await expect(el).to.be.accessible();
  });

  it('a country question of several countries: a drop-down per country chosen and one for the next, up to maxChoices', async () => {
    const el = await renderAbout('targets');
    el.addEventListener('sme-answer', (event) => (el.value = event.detail.value));
    const selects = () => [...el.shadowRoot!.querySelectorAll('select')];
    const labels = () => selects().map((select) => select.labels[0]!.textContent!.trim());
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Which markets are you aiming at?');
    expect(labels()).to.deep.equal(['Country 1']);
    await expect(el).to.be.accessible();

    const pick = async (index: number, code: string) => {
      const answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
      const select = selects()[index]!;
      select.value = code;
      select.dispatchEvent(new Event('change'));
      const { detail } = await answered;
      await el.updateComplete;
      return detail.value;
    };
    expect(await pick(0, 'CN')).to.deep.equal(['CN']);
    expect(labels()).to.deep.equal(['Country 1', 'Country 2 (optional)']);
    expect(await pick(1, 'US')).to.deep.equal(['CN', 'US']);
    expect(await pick(2, 'FR')).to.deep.equal(['CN', 'US', 'FR']);
    expect(selects()).to.have.length(3, 'no fourth: at most three');
    expect(selects().map((select) => select.value)).to.deep.equal(['CN', 'US', 'FR']);
    expect(await pick(0, '')).to.deep.equal(['US', 'FR'], 'clearing the first closes the gap');
    expect(selects().map((select) => select.value)).to.deep.equal(['US', 'FR', '']);
    await expect(el).to.be.accessible();
  });

  it('a country question restricted to some countries offers only those', async () => {
    const el = await renderAbout('near');
    const select = selectOf(el);
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 'AT', 'DE', 'CH']);
    el.addEventListener('sme-answer', (event) => (el.value = event.detail.value));
    select.focus();
    const answered = nextEvent<SmeAnswerDetail>(el, 'sme-answer');
    await sendKeys({ press: 'End' });
    expect((await answered).detail.value).to.equal('CH');
  });
});

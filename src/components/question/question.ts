// One question, rendered with native form controls (radios, checkboxes, a number field) in a fieldset
// whose legend is the question; a drop-down (a `display: "dropdown"` single choice, a country question)
// is one control, so it gets a <label for> instead. It holds no answer of its own: `value` comes in,
// and each change goes out as an `sme-answer` event carrying the next answer, made by the engine's one
// answer model (toggleOption, parseNumberEntry, selectAnswer); the owner sets `value` to it. Only what
// is being typed into the number field, while it is not a valid number yet, is kept here.
import { html, nothing, type PropertyValues } from 'lit';
import { SmeElement } from '../../internal/sme-element.js';
import { property, state } from 'lit/decorators.js';
import {
  chooseCountryAt,
  parseNumberEntry,
  selectAnswer,
  toggleOption,
} from '../../engine/answers/normalise.js';
import { COUNTRY_CODES, EEA_COUNTRY_CODES } from '../../engine/model/countries.js';
import { compile, type CompiledQuestion } from '../../engine/model/compile.js';
import type { Answer, Option, Question, Questionnaire } from '../../engine/model/schema.js';
import { emit } from '../../internal/events.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { questionStyles } from './question.styles.js';

let nextId = 0;

interface CountryName {
  code: string;
  name: string;
}
const EEA = new Set(EEA_COUNTRY_CODES);
const countryNames = new Map<string, readonly CountryName[]>();

/**
 * One entry of a drop-down. Selectedness is set as a property: the `selected` attribute stops counting
 * once the user has picked something, and `value` comes from the owner, so it must always show.
 */
const choice = (value: string, label: string, current: string) =>
  html`<option value=${value} .selected=${value === current}>${label}</option>`;

/** Every country with its name in `lang`, sorted as that language sorts (once per language). */
function countriesByName(lang: string): readonly CountryName[] {
  let list = countryNames.get(lang);
  if (!list) {
    const names = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
    const collator = new Intl.Collator(lang);
    list = COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    countryNames.set(lang, list);
  }
  return list;
}

/**
 * @tagname sme-question
 * @summary One question of a questionnaire: single or multiple choice (radios, or a drop-down), scale,
 * yes/no, a number or a country.
 *
 * @fires sme-answer - The answer changed. Detail: `{ questionId: string, value: string | string[] | number | null }`.
 *
 * @csspart question - The fieldset around the question (a plain block around a drop-down).
 * @csspart title - The question text (the fieldset's legend, or the drop-down's label).
 * @csspart help - The help text saying why it matters.
 * @csspart option - Each answer option (a label around its radio or checkbox).
 * @csspart input - The number field of number questions.
 * @csspart select - The drop-down of drop-down and country questions.
 *
 * @cssprop --sme-color-primary - Accent colour of selected options.
 * @cssprop --sme-color-border - Border of options.
 * @cssprop --sme-radius - Corner radius of options.
 */
export class SmeQuestion extends SmeElement {
  static override styles = [themeStyles, questionStyles];

  /** The question definition, from the questionnaire's `questions`. */
  @property({ attribute: false }) question: Question | null = null;

  /** The questionnaire it belongs to: its texts are looked up there. */
  @property({ attribute: false }) questionnaire: Questionnaire | null = null;

  /** The current answer: an option id, option ids (multi), a number, or null when unanswered. */
  @property({ attribute: false }) value: Answer | null = null;

  /** What the number field holds while it is not a valid number yet. */
  @state() private draft: string | null = null;
  /** The number field's error shows once the user leaves the field, not while typing. */
  @state() private numberTouched = false;

  private readonly uid = `sme-q${(nextId += 1)}`;

  protected override textSource(): Questionnaire | null {
    return this.questionnaire;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question')) this.numberTouched = false;
    if ((changed.has('value') || changed.has('question')) && typeof this.value === 'number')
      this.draft = null;
    if (changed.has('value') && typeof this.value === 'string') this.draft = null;
  }

  override render() {
    const question = this.question;
    if (!question) return nothing;
    const { t, q } = this;
    const helpId = `${this.uid}-help`;
    if (question.type === 'country' && (question.maxChoices ?? 1) > 1)
      return this.renderCountryList(question, helpId);
    if (question.type === 'country' || (question.type === 'single' && question.display === 'dropdown'))
      return this.renderSelect(question, helpId);
    const hint =
      question.type === 'multi'
        ? t('question.chooseAll')
        : question.type === 'number'
          ? this.numberHint()
          : '';
    return html`<fieldset part="question" aria-describedby=${question.help ? helpId : nothing}>
      <legend part="title">${q(question.title)}</legend>
      ${question.help ? html`<p class="help" part="help" id=${helpId}>${q(question.help)}</p>` : nothing}
      ${hint ? html`<p class="hint">${hint}</p>` : nothing}
      ${question.type === 'number' ? this.renderNumber(question) : this.renderChoices(question)}
    </fieldset>`;
  }

  /** A drop-down: its label is the question, its description the help; the empty first entry clears. */
  private renderSelect(question: Question, helpId: string) {
    const { t, q } = this;
    const selectId = `${this.uid}-select`;
    const current = typeof this.value === 'string' ? this.value : '';
    const country = question.type === 'country';
    return html`<div part="question" class="dropdown">
      <label part="title" class="title" for=${selectId}>${q(question.title)}</label>
      ${question.help ? html`<p class="help" part="help" id=${helpId}>${q(question.help)}</p>` : nothing}
      <select
        part="select"
        id=${selectId}
        aria-describedby=${question.help ? helpId : nothing}
        @change=${(event: Event) => this.select((event.target as HTMLSelectElement).value)}
      >
        ${choice('', t(country ? 'question.chooseCountry' : 'question.choose'), current)}
        ${
          country
            ? this.renderCountries(question, current)
            : (question.options ?? []).map((option) => choice(option.id, q(option.label), current))
        }
      </select>
    </div>`;
  }

  /**
   * Several countries: one drop-down per chosen country and one more for the next, up to `maxChoices`,
   * under the question as the group's legend. Clearing a drop-down closes the gap.
   */
  private renderCountryList(question: Question, helpId: string) {
    const { t, q } = this;
    const chosen = Array.isArray(this.value) ? this.value : [];
    const shown = Math.min(chosen.length + 1, question.maxChoices ?? 1);
    return html`<fieldset part="question" aria-describedby=${question.help ? helpId : nothing}>
      <legend part="title">${q(question.title)}</legend>
      ${question.help ? html`<p class="help" part="help" id=${helpId}>${q(question.help)}</p>` : nothing}
      <div class="countries">
        ${Array.from({ length: shown }, (_, index) => {
          const selectId = `${this.uid}-select-${index}`;
          const current = chosen[index] ?? '';
          const label = t(index === 0 ? 'question.countryNumber' : 'question.countryNumberOptional', {
            number: this.localize.number(index + 1),
          });
          return html`<div class="dropdown">
            <label class="subtitle" for=${selectId}>${label}</label>
            <select
              part="select"
              id=${selectId}
              @change=${(event: Event) => this.selectCountryAt(index, (event.target as HTMLSelectElement).value)}
            >
              ${choice('', t('question.chooseCountry'), current)} ${this.renderCountries(question, current)}
            </select>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  /** The countries by name in the UI language: EU/EEA members first, then all others, each sorted. */
  private renderCountries(question: Question, current: string) {
    const offered = new Set(question.countries ?? COUNTRY_CODES);
    const sorted = countriesByName(this.localize.lang).filter(({ code }) => offered.has(code));
    const groups = [
      { label: this.t('question.euCountries'), countries: sorted.filter(({ code }) => EEA.has(code)) },
      { label: this.t('question.otherCountries'), countries: sorted.filter(({ code }) => !EEA.has(code)) },
    ].filter((group) => group.countries.length > 0);
    const options = (countries: readonly CountryName[]) =>
      countries.map(({ code, name }) => choice(code, name, current));
    // One group needs no heading (a question restricted to EU members, say).
    if (groups.length === 1) return options(groups[0]!.countries);
    return groups.map((group) => html`<optgroup label=${group.label}>${options(group.countries)}</optgroup>`);
  }

  private renderChoices(question: Question) {
    const multi = question.type === 'multi';
    const row = question.type === 'scale' || question.type === 'boolean';
    const selected = Array.isArray(this.value)
      ? this.value
      : typeof this.value === 'string'
        ? [this.value]
        : [];
    return html`<div class="options ${row ? 'row' : ''}">
      ${(question.options ?? []).map((option) => this.renderOption(option, multi, selected.includes(option.id)))}
    </div>`;
  }

  private renderOption(option: Option, multi: boolean, checked: boolean) {
    const unscored = option.score === null;
    return html`<label part="option" class="option ${unscored ? 'unscored' : ''}">
      <input
        type=${multi ? 'checkbox' : 'radio'}
        name=${this.uid}
        value=${option.id}
        .checked=${checked}
        @change=${(event: Event) => this.choose(option, (event.target as HTMLInputElement).checked)}
      />
      <span>${this.localize.q(option.label)}</span>
    </label>`;
  }

  private renderNumber(question: Question) {
    const numeric = typeof this.value === 'number' ? String(this.value) : '';
    const shown = this.draft ?? numeric;
    const compiled = this.compiled();
    const invalid =
      this.numberTouched &&
      this.draft !== null &&
      compiled !== undefined &&
      parseNumberEntry(compiled, this.draft).kind === 'invalid';
    const errorId = `${this.uid}-error`;
    const selectedOption = typeof this.value === 'string' ? this.value : null;
    return html`<div class="number">
        <input
          part="input"
          id="${this.uid}-number"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          aria-label=${this.localize.q(question.title)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? errorId : nothing}
          .value=${shown}
          @input=${(event: Event) => this.typeNumber((event.target as HTMLInputElement).value)}
          @change=${() => (this.numberTouched = true)}
        />
        ${question.unit ? html`<span>${this.localize.q(question.unit)}</span>` : nothing}
      </div>
      ${invalid ? html`<p class="error" id=${errorId} role="alert">${this.numberHint(true)}</p>` : nothing}
      ${
        (question.options ?? []).length > 0
          ? html`<div class="options">
              ${(question.options ?? []).map((option) =>
                this.renderOption(option, true, selectedOption === option.id),
              )}
            </div>`
          : nothing
      }`;
  }

  private numberHint(invalid = false): string {
    const { min, max, step } = this.question ?? {};
    if (min === undefined || max === undefined) return '';
    const range = { min: this.localize.number(min), max: this.localize.number(max) };
    if (!invalid) return this.localize.t('question.numberRange', range);
    return this.localize.t(step === 1 ? 'question.numberWhole' : 'question.numberInvalid', range);
  }

  /** The question's compiled form (option positions, exclusivity), from the questionnaire's cache. */
  private compiled(): CompiledQuestion | undefined {
    if (!this.question || !this.questionnaire) return undefined;
    return compile(this.questionnaire).byId.get(this.question.id);
  }

  private typeNumber(text: string): void {
    const compiled = this.compiled();
    if (!compiled) return;
    const entry = parseNumberEntry(compiled, text);
    this.draft = entry.kind === 'empty' ? null : text;
    if (entry.kind === 'empty') this.answer(null);
    else if (entry.kind === 'number') this.answer(entry.value);
  }

  private select(value: string): void {
    const compiled = this.compiled();
    if (!compiled) return;
    this.answer(selectAnswer(compiled, value));
  }

  private selectCountryAt(index: number, code: string): void {
    const compiled = this.compiled();
    if (!compiled) return;
    this.answer(chooseCountryAt(compiled, this.value ?? undefined, index, code));
  }

  private choose(option: Option, checked: boolean): void {
    const compiled = this.compiled();
    if (!compiled) return;
    // A number question's extra option ("don't know") replaces whatever was typed.
    if (compiled.question.type === 'number') this.draft = null;
    this.answer(toggleOption(compiled, this.value, option.id, checked));
  }

  /** Tells the owner the next answer; `value` changes when the owner passes it back. */
  private answer(value: Answer | null): void {
    if (!this.question) return;
    emit(this, 'sme-answer', { questionId: this.question.id, value });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-question': SmeQuestion;
  }
}

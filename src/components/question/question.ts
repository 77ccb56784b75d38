// One question, rendered with native form controls (radios, checkboxes, a number field) in a fieldset
// whose legend is the question. It holds no answer state of its own: `value` comes in, and each change
// goes out as an `sme-answer` event; the owner decides what the answer becomes.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Answer, Option, Question, Questionnaire } from '../../engine/schema.js';
import { emit } from '../../internal/events.js';
import { LocalizeController } from '../../internal/i18n.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { VERSION } from '../../version.js';
import { questionStyles } from './question.styles.js';

let nextId = 0;

/**
 * @tagname sme-question
 * @summary One question of a questionnaire: single or multiple choice, scale, yes/no or a number.
 *
 * @fires sme-answer - The answer changed. Detail: `{ questionId: string, value: string | string[] | number | null }`.
 *
 * @csspart question - The fieldset around the question.
 * @csspart title - The question text (the fieldset's legend).
 * @csspart help - The help text saying why it matters.
 * @csspart option - Each answer option (a label around its radio or checkbox).
 * @csspart input - The number field of number questions.
 *
 * @cssprop --sme-color-primary - Accent colour of selected options.
 * @cssprop --sme-color-border - Border of options.
 * @cssprop --sme-radius - Corner radius of options.
 */
export class SmeQuestion extends LitElement {
  static readonly smeVersion = VERSION;
  static override styles = [themeStyles, questionStyles];

  /** The question definition, from the questionnaire's `questions`. */
  @property({ attribute: false }) question: Question | null = null;

  /** The questionnaire it belongs to: its texts are looked up there. */
  @property({ attribute: false }) questionnaire: Questionnaire | null = null;

  /** The current answer: an option id, option ids (multi), a number, or null when unanswered. */
  @property({ attribute: false }) value: Answer | null = null;

  /** Language of the texts; inherited from the nearest `lang` when not set. */
  @property() override lang = '';

  /** What the number field holds while it is not a valid number yet. */
  @state() private draft: string | null = null;
  /** The number field's error shows once the user leaves the field, not while typing. */
  @state() private numberTouched = false;

  private readonly localize = new LocalizeController(this, () => this.questionnaire);
  private readonly uid = `sme-q${(nextId += 1)}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question')) this.numberTouched = false;
    if ((changed.has('value') || changed.has('question')) && typeof this.value === 'number')
      this.draft = null;
    if (changed.has('value') && typeof this.value === 'string') this.draft = null;
  }

  override render() {
    const question = this.question;
    if (!question) return nothing;
    const { t, q } = { t: this.localize.t.bind(this.localize), q: this.localize.q.bind(this.localize) };
    const helpId = `${this.uid}-help`;
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
    const invalid =
      this.numberTouched && this.draft !== null && this.draft !== '' && this.parseNumber(this.draft) === null;
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
    const { min, max } = this.question ?? {};
    if (min === undefined || max === undefined) return '';
    const range = { min: this.localize.number(min), max: this.localize.number(max) };
    return this.localize.t(invalid ? 'question.numberInvalid' : 'question.numberRange', range);
  }

  /** Accepts the locale's decimal comma as well as a point. */
  private parseNumber(text: string): number | null {
    const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
    if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
    const number = Number(normalised);
    const { min, max } = this.question ?? {};
    if ((min !== undefined && number < min) || (max !== undefined && number > max)) return null;
    return number;
  }

  private typeNumber(text: string): void {
    if (text.trim() === '') {
      this.draft = null;
      this.answer(null);
      return;
    }
    const number = this.parseNumber(text);
    if (number === null) {
      this.draft = text;
      return;
    }
    this.draft = text;
    this.answer(number);
  }

  private choose(option: Option, checked: boolean): void {
    const question = this.question;
    if (!question) return;
    if (question.type === 'number') {
      // Its extra options ("don't know") replace the number, and unticking clears the answer.
      this.draft = null;
      this.answer(checked ? option.id : null);
      return;
    }
    if (question.type !== 'multi') {
      this.answer(option.id);
      return;
    }
    const current = Array.isArray(this.value) ? this.value : [];
    let next: string[];
    if (!checked) next = current.filter((id) => id !== option.id);
    else if (option.exclusive) next = [option.id];
    else {
      // A real choice clears "none of these" / "don't know".
      const exclusive = new Set(
        (question.options ?? []).filter((item) => item.exclusive).map((item) => item.id),
      );
      next = [...current.filter((id) => !exclusive.has(id)), option.id];
    }
    // Keep the options' own order, so answers compare equal whatever the clicking order.
    const order = (question.options ?? []).map((item) => item.id);
    next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    this.answer(next.length > 0 ? next : null);
  }

  private answer(value: Answer | null): void {
    if (!this.question) return;
    this.value = value;
    emit(this, 'sme-answer', { questionId: this.question.id, value });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-question': SmeQuestion;
  }
}

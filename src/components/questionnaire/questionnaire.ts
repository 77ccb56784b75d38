// The questionnaire, one page at a time: the context questions first, then one page per dimension. Data
// flow: `answers` in → pages and visibility from the engine → <sme-question>s → `sme-answer` events
// update `answers` here (a new object each time) → the owner reads them from the event or the property.
// On the last page, "See my results" scores the answers and fires `sme-complete`.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createRecord } from '../../engine/formats/assessment.js';
import { visiblePages, CONTEXT_PAGE, type Page } from '../../engine/scoring/pages.js';
import type { Answers, Questionnaire } from '../../engine/model/schema.js';
import { emit, type SmeAnswerDetail } from '../../internal/events.js';
import { LocalizeController } from '../../internal/i18n.js';
import { buttonStyles, themeStyles } from '../../internal/theme.styles.js';
import { VERSION } from '../../version.js';
import { questionnaireStyles } from './questionnaire.styles.js';

/**
 * @tagname sme-questionnaire
 * @summary The questionnaire, page by page, with progress, back and next. Answers in, answers out.
 *
 * @fires sme-answer - An answer changed (bubbles from the question). Detail: `{ questionId, value }`.
 * @fires sme-page-change - Another page is shown. Detail: `{ page, pageId, pageCount }`.
 * @fires sme-complete - "See my results" was chosen. Detail: `SmeCompleteDetail` (questionnaire, locale, answers, result, timestamps).
 *
 * @csspart base - The wrapper.
 * @csspart page-title - The page's heading (focused on each page change).
 * @csspart nav - The back / next bar.
 * @csspart button - The back and next buttons.
 */
export class SmeQuestionnaire extends LitElement {
  static readonly smeVersion = VERSION;
  static override styles = [themeStyles, buttonStyles, questionnaireStyles];

  /** The questionnaire definition (validated). */
  @property({ attribute: false }) questionnaire: Questionnaire | null = null;

  /** Answers by question id. Replaced by a new object on every change. */
  @property({ attribute: false }) answers: Answers = {};

  /** The page shown, from 0. */
  @property({ type: Number }) page = 0;

  /** When the assessment was started (ISO 8601), passed on in `sme-complete`. */
  @property({ attribute: false }) startedAt: string | null = null;

  /** Language of the texts; inherited from the nearest `lang` when not set. */
  @property() override lang = '';

  private readonly localize = new LocalizeController(this, () => this.questionnaire);
  private pages: Page[] = [];
  private focusOnUpdate = false;

  constructor() {
    super();
    this.addEventListener('sme-answer', (event) => this.onAnswer(event.detail));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('questionnaire') || changed.has('answers')) {
      this.pages = this.questionnaire ? visiblePages(this.questionnaire, this.answers) : [];
    }
    this.page = Math.min(Math.max(0, Math.trunc(this.page) || 0), Math.max(0, this.pages.length - 1));
  }

  protected override updated(): void {
    if (this.focusOnUpdate) {
      this.focusOnUpdate = false;
      this.focusHeading();
    }
  }

  /** Moves focus to the page's heading (done on every page change). */
  focusHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('h2');
    heading?.focus();
    heading?.scrollIntoView?.({ block: 'nearest' });
  }

  /** The visible pages, as the engine computes them from the current answers. */
  get pageCount(): number {
    return this.pages.length;
  }

  override render() {
    const questionnaire = this.questionnaire;
    const page = this.pages[this.page];
    if (!questionnaire || !page) return nothing;
    const { t, q } = { t: this.localize.t.bind(this.localize), q: this.localize.q.bind(this.localize) };
    const title = page.id === CONTEXT_PAGE ? t('page.context') : q(page.dimension?.title);
    const lead =
      page.id === CONTEXT_PAGE
        ? t('page.contextLead')
        : page.dimension?.description
          ? q(page.dimension.description)
          : '';
    const last = this.page === this.pages.length - 1;
    const visible = this.pages.reduce((count, each) => count + each.questions.length, 0);
    const answered = this.pages.reduce(
      (count, each) =>
        count + each.questions.filter((question) => this.answers[question.id] !== undefined).length,
      0,
    );
    return html`<div part="base">
      <sme-progress
        lang=${this.localize.lang}
        .current=${this.page + 1}
        .total=${this.pages.length}
        step-title=${title}
        .answered=${visible > 0 ? answered / visible : 0}
      ></sme-progress>
      <div class="page-header">
        <h2 tabindex="-1" part="page-title">${title}</h2>
        ${lead ? html`<p class="lead">${lead}</p>` : nothing}
      </div>
      <div class="questions">
        ${page.questions.map(
          (question) =>
            html`<sme-question
              lang=${this.localize.lang}
              .question=${question}
              .questionnaire=${questionnaire}
              .value=${this.answers[question.id] ?? null}
            ></sme-question>`,
        )}
      </div>
      <nav part="nav" aria-label=${t('nav.pages')}>
        ${
          this.page > 0
            ? html`<button
                part="button"
                class="button secondary back"
                type="button"
                @click=${() => this.go(-1)}
              >
                ${t('nav.back')}
              </button>`
            : nothing
        }
        <button
          part="button"
          class="button next"
          type="button"
          @click=${() => (last ? this.complete() : this.go(1))}
        >
          ${last ? t('nav.finish') : t('nav.next')}
        </button>
      </nav>
    </div>`;
  }

  private onAnswer(detail: SmeAnswerDetail): void {
    const answers = { ...this.answers };
    if (detail.value === null) delete answers[detail.questionId];
    else answers[detail.questionId] = detail.value;
    this.answers = answers;
  }

  /** Shows the next (1) or previous (-1) page. */
  go(step: 1 | -1): void {
    const page = Math.min(Math.max(0, this.page + step), this.pages.length - 1);
    if (page === this.page) return;
    this.page = page;
    this.focusOnUpdate = true;
    emit(this, 'sme-page-change', { page, pageId: this.pages[page]!.id, pageCount: this.pages.length });
  }

  /** Scores the answers and fires `sme-complete`. */
  complete(): void {
    if (!this.questionnaire) return;
    // All answers, hidden ones included: kept because the SME may change its mind; never scored.
    const answers = structuredClone(this.answers);
    emit(
      this,
      'sme-complete',
      createRecord(this.questionnaire, answers, { locale: this.localize.lang, startedAt: this.startedAt }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-questionnaire': SmeQuestionnaire;
  }
}

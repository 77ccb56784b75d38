// The questionnaire, one page at a time: the context questions first, then one page per dimension. Data
// flow: `answers` in → pages and visibility from the engine → <sme-question>s → each `sme-answer` from a
// question is merged here, once, into a new `answers` object before the event leaves this element → the
// owner reads `answers` (the property) when it hears `sme-answer`. It presents and does not score: "See
// my results" fires `sme-finish` with the answers, and the owner turns them into a result.
import { html, nothing, type PropertyValues } from 'lit';
import { SmeElement } from '../../internal/sme-element.js';
import { property } from 'lit/decorators.js';
import { visiblePages, CONTEXT_PAGE, type Page } from '../../engine/scoring/pages.js';
import type { Answers, Questionnaire } from '../../engine/model/schema.js';
import { emit, type SmeAnswerDetail } from '../../internal/events.js';
import { loadLaterTextParts } from '../../internal/i18n.js';
import { afterPaintWhenIdle } from '../../internal/idle.js';
import { buttonStyles, themeStyles } from '../../internal/theme.styles.js';
import { questionnaireStyles } from './questionnaire.styles.js';

/**
 * @tagname sme-questionnaire
 * @summary The questionnaire, page by page, with progress, back and next. Answers in, answers out.
 *
 * @fires sme-answer - An answer changed (bubbles from the question; `answers` already holds it). Detail: `{ questionId, value }`.
 * @fires sme-page-change - Another page is shown. Detail: `{ page, pageId, pageCount }`.
 * @fires sme-finish - "See my results" was chosen on the last page. Detail: `{ answers }`.
 *
 * @csspart base - The wrapper.
 * @csspart page-title - The page's heading (focused on each page change).
 * @csspart nav - The back / next bar.
 * @csspart button - The back and next buttons.
 */
export class SmeQuestionnaire extends SmeElement {
  static override styles = [themeStyles, buttonStyles, questionnaireStyles];

  /** The questionnaire definition (validated). */
  @property({ attribute: false }) questionnaire: Questionnaire | null = null;

  /** Answers by question id. Replaced by a new object on every change. */
  @property({ attribute: false }) answers: Answers = {};

  /** The page shown, from 0. */
  @property({ type: Number }) page = 0;

  private pages: Page[] = [];
  private focusOnUpdate = false;

  // Listening on the shadow root merges an answer before any listener outside this element hears it.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('sme-answer', (event) =>
      this.onAnswer((event as CustomEvent<SmeAnswerDetail>).detail),
    );
    return root;
  }

  protected override textSource(): Questionnaire | null {
    return this.questionnaire;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('questionnaire') || changed.has('answers')) {
      this.pages = this.questionnaire ? visiblePages(this.questionnaire, this.answers) : [];
    }
    this.page = Math.min(Math.max(0, Math.trunc(this.page) || 0), Math.max(0, this.pages.length - 1));
  }

  protected override firstUpdated(): void {
    // The other questions' texts and what the results need wait until this first page has painted.
    afterPaintWhenIdle(loadLaterTextParts);
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
    const { t, q } = this;
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

  /** Hands the answers to the owner to score (`sme-finish`). */
  complete(): void {
    if (!this.questionnaire) return;
    emit(this, 'sme-finish', { answers: structuredClone(this.answers) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-questionnaire': SmeQuestionnaire;
  }
}

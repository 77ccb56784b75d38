// The complete widget. It loads a questionnaire (the default, an object, or a URL), offers to resume
// saved answers, runs <sme-questionnaire>, and shows the results (<sme-score-summary>,
// <sme-radar-chart>, <sme-recommendations>, loaded on demand). Answers live here and in localStorage;
// the result is always recomputed from them by the engine, never stored as truth.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { score, type Result } from '../../engine/scoring/score.js';
import { visibleQuestions } from '../../engine/scoring/pages.js';
import type { Problem } from '../../engine/model/problems.js';
import type { Answers, Questionnaire } from '../../engine/model/schema.js';
import {
  emit,
  type SmeAnswerDetail,
  type SmeCompleteDetail,
  type SmeErrorDetail,
  type SmePageChangeDetail,
} from '../../internal/events.js';
import { LocalizeController, loadQuestionnaireTexts, resolveLanguage } from '../../internal/i18n.js';
import {
  loadProgress,
  removeProgress,
  saveProgress,
  storageKeyFor,
  type SavedProgress,
} from '../../internal/storage.js';
import { createRecord, type AssessmentRecord } from '../../engine/formats/assessment.js';
import { sharePayload } from '../../engine/formats/share-link.js';
import type { ResultsHost, ResultsView } from './results-view.js';
import { buttonStyles, themeStyles } from '../../internal/theme.styles.js';
import { VERSION } from '../../version.js';
import type { SmeQuestionnaire } from '../questionnaire/questionnaire.js';
import { readinessStyles } from './readiness.styles.js';

/** A language's name in that language ("Deutsch", "polski", "中文"), for the picker. */
function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}

type View = 'loading' | 'error' | 'intro' | 'questions' | 'results';

/** The results elements and chart.js are loaded only when results are shown. */
let resultsElements: Promise<unknown> | undefined;
export function loadResultsElements(): Promise<unknown> {
  resultsElements ??= import('../../results.js').then((module) => module.defineResultsElements());
  return resultsElements;
}

/** The results elements and chart.js, fetched ahead (errors surface later, when results are shown). */
function preloadResults(): Promise<unknown> {
  return Promise.all([loadResultsElements(), import('./results-view.js')])
    .then(() => import('../radar-chart/chart-controller.js'))
    .then((module) => module.loadChart())
    .catch(() => undefined);
}

/**
 * @tagname sme-readiness
 * @summary The complete readiness assessment: intro, questionnaire page by page, and results with a radar
 * chart and next steps. Works with no attribute at all.
 *
 * @fires sme-answer - An answer changed. Detail: `{ questionId, value }`.
 * @fires sme-page-change - Another page is shown. Detail: `{ page, pageId, pageCount }`.
 * @fires sme-complete - Results are shown. Detail: `SmeCompleteDetail` (format, questionnaire, locale, answers, result, startedAt, completedAt).
 * @fires sme-restart - The SME cleared its answers to start again. Detail: `{ questionnaire }`.
 * @fires sme-error - The questionnaire could not be loaded or is invalid. Detail: `{ code, message, source, problems }`.
 *
 * @csspart base - The widget's box.
 * @csspart intro - The intro screen.
 * @csspart results - The results screen.
 * @csspart tools - The results' keep-and-share buttons (print, download, CSV, open, share link).
 * @csspart history - The comparison with an earlier assessment.
 * @csspart shared - The banner above results opened from a share link.
 * @csspart error - The error panel.
 * @csspart button - Every button of the widget's own screens.
 * @csspart language-picker - The language `<select>` (with `language-picker`).
 *
 * @cssprop --sme-color-primary - Accent colour: buttons, selected options, the chart. Default #1d4ed8.
 * @cssprop --sme-color-on-primary - Text on the accent colour. Default #ffffff.
 * @cssprop --sme-color-surface - Background of the widget. Default #ffffff.
 * @cssprop --sme-color-surface-alt - Background of panels and tracks. Default #f2f5f9.
 * @cssprop --sme-color-text - Text colour. Default #1b2230.
 * @cssprop --sme-color-text-muted - Secondary text. Default #4a5466.
 * @cssprop --sme-color-border - Borders and grid lines. Default #c3ccd8.
 * @cssprop --sme-color-focus - Focus ring. Default: the primary colour.
 * @cssprop --sme-color-danger - Errors. Default #b42318.
 * @cssprop --sme-color-compare - The earlier result on the radar. Default #b45309.
 * @cssprop --sme-radius - Corner radius. Default 10px.
 * @cssprop --sme-space - Base spacing. Default 16px.
 * @cssprop --sme-font-family - Font. Default: inherited from the page.
 * @cssprop --sme-font-size - Base font size. Default 1rem.
 * @cssprop --sme-transition-duration - Transition length; 0 under prefers-reduced-motion. Default 160ms.
 */
export class SmeReadiness extends LitElement {
  static readonly smeVersion = VERSION;
  static override styles = [themeStyles, buttonStyles, readinessStyles];

  /** Language (BCP 47). Defaults to the nearest ancestor's `lang`, then the browser's languages, then English. */
  @property() override lang = '';

  /** URL of a questionnaire JSON file to use instead of the default one. */
  @property({ attribute: 'questionnaire-src' }) questionnaireSrc = '';

  /** A questionnaire definition object to use instead of the default one (validated when set). */
  @property({ attribute: false }) questionnaire: unknown = null;

  /** Key under which answers are saved in localStorage; defaults to the questionnaire's id. */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** Do not save answers in the browser. */
  @property({ type: Boolean, attribute: 'no-storage' }) noStorage = false;

  /** Show a language picker listing the questionnaire's languages by their own names. */
  @property({ type: Boolean, attribute: 'language-picker' }) languagePicker = false;

  /** How long, in milliseconds, a `questionnaire-src` may take before the widget gives up and says so. */
  @property({ attribute: false }) fetchTimeout = 15_000;

  /** Colour theme: `light` (default), `dark` or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  @state() private view: View = 'loading';
  @state() private active: Questionnaire | null = null;
  @state() private answers: Answers = {};
  @state() private page = 0;
  @state() private result: Result | null = null;
  @state() private saved: SavedProgress | null = null;
  @state() private error: SmeErrorDetail | null = null;
  @state() private confirmingRestart = false;
  @state() private resultsReady = false;
  /** The completed assessment shown on the results screen. */
  @state() private record: AssessmentRecord | null = null;
  /** Earlier completed assessments (storage and opened files), oldest first. */
  /** The `completedAt` of the history entry drawn for comparison, or '' for none. */
  @state() private compareWith = '';
  /** Results opened from a share link: shown, never saved over the SME's own answers. */
  @state() private shared = false;
  @state() private notice: { text: string; error: boolean } | null = null;
  /** The share link, shown for copying by hand when the clipboard refused it. */
  @state() private manualLink = '';

  private startedAt: string | null = null;
  /** The results screen, loaded with the results elements. */
  private resultsView: ResultsView | null = null;
  private loadTicket = 0;
  private readonly localize = new LocalizeController(this, () => this.active);

  /** The answers given so far (a copy). */
  get currentAnswers(): Answers {
    return structuredClone(this.answers);
  }

  /** The questionnaire in use, once loaded and valid. */
  get activeQuestionnaire(): Questionnaire | null {
    return this.active;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('questionnaire') || changed.has('questionnaireSrc')) void this.load();
  }

  /** Loads the questionnaire from the property, the URL or the default, and the saved progress. */
  private async load(): Promise<void> {
    const ticket = (this.loadTicket += 1);
    this.view = 'loading';
    this.error = null;
    let outcome: { questionnaire: Questionnaire } | { error: SmeErrorDetail };
    try {
      outcome = await this.fetchQuestionnaire();
    } catch (error) {
      outcome = { error: this.errorDetail('questionnaire-load', String(error), null, []) };
    }
    if (ticket !== this.loadTicket) return;
    if ('error' in outcome) {
      this.active = null;
      this.error = outcome.error;
      this.view = 'error';
      emit(this, 'sme-error', outcome.error);
      return;
    }
    const questionnaire = outcome.questionnaire;
    // The texts the intro and first page need, in the page's language, before anything is shown.
    await loadQuestionnaireTexts(questionnaire, resolveLanguage(this, questionnaire));
    if (ticket !== this.loadTicket) return;
    this.active = questionnaire;
    this.answers = {};
    this.page = 0;
    this.result = null;
    this.startedAt = null;
    const saved = this.noStorage
      ? null
      : await loadProgress(questionnaire, this.storageKeyFor(questionnaire));
    if (ticket !== this.loadTicket) return;
    this.saved = saved;
    this.resultsView = null;
    this.compareWith = '';
    this.shared = false;
    this.notice = null;
    // A share link's results are read before anything shows, so the intro does not flash first.
    if (!(await this.openShareLink(questionnaire, ticket)) && ticket === this.loadTicket) this.view = 'intro';
  }

  /**
   * Shows the results a `#sme=…` link carries (the page's own address fragment); true when it did.
   * The decoder loads only when there is such a link.
   */
  private async openShareLink(questionnaire: Questionnaire, ticket: number): Promise<boolean> {
    const payload = sharePayload(globalThis.location?.hash ?? '');
    if (payload === null) return false;
    const [{ decodeShare }, { useResultsStrings }] = await Promise.all([
      import('../../engine/formats/share.js'),
      import('../../internal/ui-results.js'),
    ]);
    useResultsStrings();
    if (ticket !== this.loadTicket) return true;
    const decoded = decodeShare(questionnaire, payload);
    if (!decoded.ok) {
      // A link for another questionnaire on the same page is not ours to judge.
      if (decoded.reason !== 'other_questionnaire')
        this.notice = { text: this.localize.t('report.sharedInvalid'), error: true };
      return false;
    }
    this.shared = true;
    this.showResults(createRecord(questionnaire, decoded.answers, { locale: this.localize.lang }), false);
    return true;
  }

  private async fetchQuestionnaire(): Promise<{ questionnaire: Questionnaire } | { error: SmeErrorDetail }> {
    if (this.questionnaire !== null && this.questionnaire !== undefined) {
      return this.validated(this.questionnaire, null);
    }
    if (this.questionnaireSrc) {
      const source = this.questionnaireSrc;
      const controller = new AbortController();
      const timeout = this.fetchTimeout;
      const timer = setTimeout(() => controller.abort(), timeout);
      try {
        const response = await fetch(source, { signal: controller.signal, credentials: 'same-origin' });
        if (!response.ok)
          return {
            error: this.fetchError(
              source,
              `the server answered ${response.status} ${response.statusText}`.trim(),
            ),
          };
        const text = await response.text();
        if (/^\s*</.test(text))
          return { error: this.fetchError(source, 'it returned an HTML page, not a JSON questionnaire') };
        return this.validated(text, source);
      } catch (error) {
        const reason = controller.signal.aborted
          ? `no answer within ${timeout / 1000} seconds`
          : error instanceof Error
            ? error.message
            : String(error);
        return { error: this.fetchError(source, reason) };
      } finally {
        clearTimeout(timer);
      }
    }
    // The default questionnaire is validated by the test suite, so it skips validation (and zod) here.
    const module = await import('../../questionnaires/default-browser.js');
    return { questionnaire: module.defaultQuestionnaireForBrowser() };
  }

  private async validated(
    input: unknown,
    source: string | null,
  ): Promise<{ questionnaire: Questionnaire } | { error: SmeErrorDetail }> {
    const { validateQuestionnaire } = await import('../../engine/validation/validate.js');
    const validation = validateQuestionnaire(input);
    if (validation.ok) return { questionnaire: validation.value };
    const count = validation.problems.length;
    return {
      error: this.errorDetail(
        'questionnaire-invalid',
        `The questionnaire${source ? ` at ${source}` : ''} is not valid: ${count} problem${count === 1 ? '' : 's'}.`,
        source,
        validation.problems,
      ),
    };
  }

  private fetchError(source: string, reason: string): SmeErrorDetail {
    return this.errorDetail(
      'questionnaire-fetch',
      `The questionnaire could not be loaded from ${source}: ${reason}.`,
      source,
      [],
    );
  }

  private errorDetail(
    code: string,
    message: string,
    source: string | null,
    problems: Problem[],
  ): SmeErrorDetail {
    return { code, message, source, problems };
  }

  private storageKeyFor(questionnaire: Questionnaire): string {
    return storageKeyFor(questionnaire, this.storageKey);
  }

  private persist(): void {
    if (this.noStorage || !this.active || this.shared) return;
    saveProgress(this.storageKeyFor(this.active), {
      format: 1,
      questionnaire: { id: this.active.id, version: this.active.version },
      answers: this.answers,
      page: this.page,
      startedAt: this.startedAt,
      savedAt: new Date().toISOString(),
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Screens

  override render() {
    const t = this.localize.t.bind(this.localize);
    return html`<div
      part="base"
      class="base"
      lang=${this.localize.lang}
      dir=${this.localize.dir}
      aria-label=${t('widget.label')}
      role="region"
    >
      ${this.languagePicker && this.active && this.active.locales.length > 1 ? this.renderLanguagePicker() : nothing}
      ${
        this.view === 'loading'
          ? html`<p class="loading" role="status">${t('widget.loading')}</p>`
          : this.view === 'error'
            ? this.renderError()
            : this.view === 'intro'
              ? this.renderIntro()
              : this.view === 'questions'
                ? this.renderQuestions()
                : this.renderResults()
      }
    </div>`;
  }

  private renderLanguagePicker() {
    const current = this.localize.lang;
    return html`<div class="language">
      <label>
        <span>${this.localize.t('language.label')}</span>
        <select
          part="language-picker"
          @change=${(event: Event) => (this.lang = (event.target as HTMLSelectElement).value)}
        >
          ${this.active!.locales.map(
            (locale) =>
              html`<option value=${locale} lang=${locale} ?selected=${locale === current}>
                ${languageName(locale)}
              </option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  private renderError() {
    const error = this.error;
    const t = this.localize.t.bind(this.localize);
    return html`<div class="error" part="error" role="alert">
      <h2>${t('error.title')}</h2>
      <p>${t('error.lead')}</p>
      <details open>
        <summary>${t('error.details')}</summary>
        <p class="message">${error?.message}</p>
        ${
          error && error.problems.length > 0
            ? html`<ul class="problems">
                ${error.problems.slice(0, 50).map(
                  (problem) =>
                    html`<li>
                      <code>${problem.path || '(root)'}</code>
                      <code>${problem.code}</code> ${problem.message}
                    </li>`,
                )}
                ${error.problems.length > 50 ? html`<li>… ${error.problems.length - 50} more</li>` : nothing}
              </ul>`
            : nothing
        }
      </details>
      ${
        error?.code === 'questionnaire-fetch'
          ? html`<button
              part="button"
              class="button secondary"
              type="button"
              @click=${() => void this.load()}
            >
              ${t('error.retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderIntro() {
    const questionnaire = this.active!;
    const { t, q } = { t: this.localize.t.bind(this.localize), q: this.localize.q.bind(this.localize) };
    const count = visibleQuestions(questionnaire, {}).length;
    const minutes = questionnaire.estimatedMinutes ?? Math.max(5, Math.round(count / 3));
    const saved = this.saved;
    const savedTotal = saved ? visibleQuestions(questionnaire, saved.answers).length : 0;
    const savedAnswered = saved ? Object.keys(saved.answers).length : 0;
    return html`<section class="intro" part="intro" aria-labelledby="intro-title">
      <h2 id="intro-title" tabindex="-1">${q(questionnaire.title)}</h2>
      ${this.notice ? this.renderNotice() : nothing}
      <p class="lead">${questionnaire.description ? q(questionnaire.description) : t('intro.lead')}</p>
      <ul class="facts">
        <li>
          ${t('intro.questions', { count })} ·
          ${t(this.noStorage ? 'intro.timeNoStorage' : 'intro.time', { minutes })}
        </li>
        <li>${t('intro.privacy')}${this.noStorage ? ` ${t('intro.privacyNoStorage')}` : ''}</li>
      </ul>
      ${
        saved
          ? html`<div class="resume">
              <h3>${t('intro.resumeTitle')}</h3>
              <p>
                ${t('intro.resumeInfo', { answered: Math.min(savedAnswered, savedTotal), total: savedTotal })}
              </p>
              <div class="actions">
                <button part="button" class="button" type="button" @click=${() => this.resume()}>
                  ${t('intro.resume')}
                </button>
                <button part="button" class="button secondary" type="button" @click=${() => this.startOver()}>
                  ${t('intro.startOver')}
                </button>
              </div>
            </div>`
          : html`<div class="actions">
              <button part="button" class="button start" type="button" @click=${() => this.start()}>
                ${t('intro.start')}
              </button>
            </div>`
      }
    </section>`;
  }

  private renderQuestions() {
    return html`<sme-questionnaire
      lang=${this.localize.lang}
      .questionnaire=${this.active}
      .answers=${this.answers}
      .page=${this.page}
      .startedAt=${this.startedAt}
      @sme-answer=${(event: CustomEvent<SmeAnswerDetail>) => this.onAnswer(event.detail)}
      @sme-page-change=${(event: CustomEvent<SmePageChangeDetail>) => {
        this.page = event.detail.page;
        this.persist();
        // On the last page, fetch what the results need (elements, chart.js, texts) while the SME answers.
        if (event.detail.page === event.detail.pageCount - 1) void preloadResults();
      }}
      @sme-complete=${(event: CustomEvent<SmeCompleteDetail>) => this.onComplete(event.detail)}
    ></sme-questionnaire>`;
  }

  private renderResults() {
    const view = this.resultsView;
    if (!this.resultsReady || !view || !this.result || !this.active)
      return html`<p class="loading" role="status">${this.localize.t('widget.loading')}</p>`;
    return view.render();
  }

  private renderNotice() {
    const notice = this.notice;
    return html`<div class="notice ${notice?.error ? 'error' : ''}" role="status" ?hidden=${!notice}>
      ${notice?.text ?? ''}
    </div>`;
  }

  // -------------------------------------------------------------------------------------------------
  // Actions

  private start(): void {
    this.answers = {};
    this.page = 0;
    this.startedAt = new Date().toISOString();
    this.view = 'questions';
    this.focusAfterUpdate(() => this.questionnaireElement()?.focusHeading());
  }

  private resume(): void {
    const saved = this.saved;
    if (!saved) return this.start();
    this.answers = saved.answers;
    this.page = saved.page;
    this.startedAt = saved.startedAt;
    this.view = 'questions';
    this.focusAfterUpdate(() => this.questionnaireElement()?.focusHeading());
  }

  private startOver(): void {
    if (this.active) removeProgress(this.storageKeyFor(this.active));
    this.saved = null;
    this.start();
  }

  private onAnswer(detail: SmeAnswerDetail): void {
    const answers = { ...this.answers };
    if (detail.value === null) delete answers[detail.questionId];
    else answers[detail.questionId] = detail.value;
    this.answers = answers;
    this.persist();
  }

  private onComplete(detail: SmeCompleteDetail): void {
    this.shared = false;
    this.showResults(detail, true);
  }

  /** Shows a completed assessment; `keep` adds it to the history and saves the answers. */
  private showResults(record: AssessmentRecord, keep: boolean): void {
    this.record = record;
    this.answers = record.answers;
    this.result = record.result;
    this.view = 'results';
    this.confirmingRestart = false;
    this.manualLink = '';
    if (keep) this.persist();
    void this.loadResultsView().then(
      () => {
        if (keep) this.resultsView?.remember(record);
        this.resultsReady = true;
        this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#results-title')?.focus());
      },
      (error: unknown) => {
        this.error = this.errorDetail(
          'results-load',
          `The results view could not be loaded: ${String(error)}`,
          null,
          [],
        );
        this.view = 'error';
        emit(this, 'sme-error', this.error);
      },
    );
  }

  private async loadResultsView(): Promise<void> {
    const [, module] = await Promise.all([loadResultsElements(), import('./results-view.js')]);
    this.resultsView ??= new module.ResultsView(
      this.resultsHost(),
      this.noStorage || !this.active ? null : this.storageKeyFor(this.active),
    );
  }

  /** The results screen's view of this element: its state and the actions it may take. */
  private resultsHost(): ResultsHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- accessors below read the live state
    const self = this;
    return {
      get renderRoot() {
        return self.renderRoot;
      },
      get localize() {
        return self.localize;
      },
      get active() {
        return self.active;
      },
      get result() {
        return self.result;
      },
      get record() {
        return self.record;
      },
      get answers() {
        return self.answers;
      },
      get confirmingRestart() {
        return self.confirmingRestart;
      },
      get shared() {
        return self.shared;
      },
      set shared(value) {
        self.shared = value;
      },
      get compareWith() {
        return self.compareWith;
      },
      set compareWith(value) {
        self.compareWith = value;
      },
      get notice() {
        return self.notice;
      },
      set notice(value) {
        self.notice = value;
      },
      get manualLink() {
        return self.manualLink;
      },
      set manualLink(value) {
        self.manualLink = value;
      },
      renderNotice: () => self.renderNotice(),
      showResults: (record, keep) => self.showResults(record, keep),
      requestUpdate: () => self.requestUpdate(),
      closeShared: () => self.closeShared(),
      changeAnswers: () => self.changeAnswers(),
      askRestart: () => self.askRestart(),
      cancelRestart: () => self.cancelRestart(),
      restart: () => self.restart(),
      focusAfterUpdate: (focus) => self.focusAfterUpdate(focus),
    };
  }

  // -------------------------------------------------------------------------------------------------
  // Keep and share

  private closeShared(): void {
    this.shared = false;
    const { location, history } = globalThis;
    if (sharePayload(location.hash) !== null)
      history.replaceState(history.state, '', location.pathname + location.search);
    this.record = null;
    this.result = null;
    this.answers = this.saved?.answers ?? {};
    this.view = 'intro';
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#intro-title')?.focus());
  }

  /** Back to the questions with every answer kept. */
  private changeAnswers(): void {
    this.notice = null;
    this.page = 0;
    this.view = 'questions';
    this.focusAfterUpdate(() => this.questionnaireElement()?.focusHeading());
  }

  private askRestart(): void {
    this.confirmingRestart = true;
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.confirm-yes')?.focus());
  }

  private cancelRestart(): void {
    this.confirmingRestart = false;
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.restart')?.focus());
  }

  /** Clears every answer (after confirmation) and returns to the intro. */
  restart(): void {
    if (this.active) removeProgress(this.storageKeyFor(this.active));
    this.answers = {};
    this.page = 0;
    this.result = null;
    this.saved = null;
    this.startedAt = null;
    this.record = null;
    this.compareWith = '';
    this.notice = null;
    this.confirmingRestart = false;
    this.view = 'intro';
    emit(this, 'sme-restart', {
      questionnaire: this.active ? { id: this.active.id, version: this.active.version } : null,
    });
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#intro-title')?.focus());
  }

  /** The result for the current answers, computed on demand (never stored as truth). */
  get currentResult(): Result | null {
    return this.active ? score(this.active, this.answers) : null;
  }

  private questionnaireElement(): SmeQuestionnaire | null {
    return this.renderRoot.querySelector('sme-questionnaire');
  }

  private focusAfterUpdate(focus: () => void): void {
    void this.updateComplete.then(async () => {
      await this.questionnaireElement()?.updateComplete;
      focus();
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-readiness': SmeReadiness;
  }
}

// The complete widget. It loads a questionnaire (the default, an object, or a URL), offers to resume
// saved answers, runs <sme-questionnaire>, and shows the results (<sme-score-summary>,
// <sme-radar-chart>, <sme-recommendations>, loaded on demand). Answers live here and in localStorage;
// the result is always recomputed from them by the engine, never stored as truth.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { score, type Result } from '../../engine/score.js';
import { visibleQuestions } from '../../engine/pages.js';
import type { Problem } from '../../engine/problems.js';
import type { Answers, Questionnaire } from '../../engine/schema.js';
import {
  emit,
  type SmeAnswerDetail,
  type SmeCompleteDetail,
  type SmeErrorDetail,
  type SmePageChangeDetail,
} from '../../internal/events.js';
import { LocalizeController, loadQuestionnaireTexts, resolveLanguage } from '../../internal/i18n.js';
import {
  addToHistory,
  loadHistory,
  loadProgress,
  removeProgress,
  saveHistory,
  saveProgress,
  storageKeyFor,
  type SavedProgress,
} from '../../internal/storage.js';
import type { AssessmentRecord } from '../../engine/assessment.js';
import { decodeShare, sharePayload, shareUrl } from '../../engine/share.js';
import { compareResults, resultsCsv } from '../../engine/report.js';
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
  return loadResultsElements()
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
  @state() private history: AssessmentRecord[] = [];
  /** The `completedAt` of the history entry drawn for comparison, or '' for none. */
  @state() private compareWith = '';
  /** Results opened from a share link: shown, never saved over the SME's own answers. */
  @state() private shared = false;
  @state() private notice: { text: string; error: boolean } | null = null;
  /** The share link, shown for copying by hand when the clipboard refused it. */
  @state() private manualLink = '';

  private startedAt: string | null = null;
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
    this.history = this.noStorage ? [] : loadHistory(this.storageKeyFor(questionnaire), questionnaire);
    this.compareWith = '';
    this.shared = false;
    this.notice = null;
    this.view = 'intro';
    this.openShareLink(questionnaire);
  }

  /** Shows the results a `#sme=…` link carries (the page's own address fragment). */
  private openShareLink(questionnaire: Questionnaire): void {
    const payload = sharePayload(globalThis.location?.hash ?? '');
    if (payload === null) return;
    const decoded = decodeShare(questionnaire, payload);
    if (!decoded.ok) {
      // A link for another questionnaire on the same page is not ours to judge.
      if (decoded.reason !== 'other_questionnaire')
        this.notice = { text: this.localize.t('report.sharedInvalid'), error: true };
      return;
    }
    this.shared = true;
    this.showResults(
      {
        format: 'sme-readiness/assessment@1',
        questionnaire: { id: questionnaire.id, version: questionnaire.version },
        locale: this.localize.lang,
        answers: decoded.answers,
        result: score(questionnaire, decoded.answers),
        startedAt: null,
        completedAt: new Date().toISOString(),
      },
      false,
    );
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
    const { validateQuestionnaire } = await import('../../engine/validate.js');
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
    const t = this.localize.t.bind(this.localize);
    const lang = this.localize.lang;
    if (!this.resultsReady || !this.result || !this.active)
      return html`<p class="loading" role="status">${t('widget.loading')}</p>`;
    const previous = this.previousRecord();
    return html`<section class="results" part="results" aria-labelledby="results-title">
      ${
        this.shared
          ? html`<div class="shared" part="shared">
              <p><strong>${t('report.sharedTitle')}</strong> ${t('report.sharedLead')}</p>
              <button part="button" class="button secondary" type="button" @click=${() => this.closeShared()}>
                ${t('report.closeShared')}
              </button>
            </div>`
          : nothing
      }
      <header class="report-header">
        <h2 id="results-title" tabindex="-1">${t('results.title')}</h2>
        <p class="meta">
          <span
            >${t('report.edition', { title: this.localize.q(this.active.title), version: this.active.version })}</span
          >
          ${this.record ? html`<span>${t('report.date', { date: this.formatDate(this.record.completedAt) })}</span>` : nothing}
        </p>
      </header>
      ${this.renderNotice()}
      <sme-score-summary
        lang=${lang}
        .result=${this.result}
        .questionnaire=${this.active}
      ></sme-score-summary>
      <h3>${t('chart.title')}</h3>
      <sme-radar-chart
        lang=${lang}
        .results=${previous ? [this.result, previous.result] : [this.result]}
        .seriesLabels=${previous ? [t('chart.current'), this.formatDate(previous.completedAt)] : []}
        .questionnaire=${this.active}
      ></sme-radar-chart>
      ${this.renderHistory(previous)}
      <h3>${t('recommendations.title')}</h3>
      <p class="muted">${t('recommendations.lead')}</p>
      <sme-recommendations
        lang=${lang}
        .result=${this.result}
        .questionnaire=${this.active}
      ></sme-recommendations>
      ${this.renderTools()} ${this.shared ? nothing : this.renderEndActions()}
    </section>`;
  }

  private renderNotice() {
    const notice = this.notice;
    return html`<div class="notice ${notice?.error ? 'error' : ''}" role="status" ?hidden=${!notice}>
      ${notice?.text ?? ''}
    </div>`;
  }

  private renderHistory(previous: AssessmentRecord | null) {
    const t = this.localize.t.bind(this.localize);
    const earlier = this.history.filter((entry) => entry.completedAt !== this.record?.completedAt);
    const changes = previous && this.result ? compareResults(this.result, previous.result) : [];
    const name = (kind: string, id: string) =>
      kind === 'overall'
        ? t('results.overall')
        : this.localize.q(this.active?.areas.find((area) => area.id === id)?.title);
    return html`<div class="history" part="history">
      <h3>${t('history.title')}</h3>
      ${
        earlier.length === 0
          ? html`<p class="muted">${t('history.noEarlier')}</p>`
          : html`<label class="compare"
              >${t('history.compareWith')}
              <select
                @change=${(event: Event) => (this.compareWith = (event.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${!previous}>${t('history.none')}</option>
                ${earlier
                  .slice()
                  .reverse()
                  .map(
                    (entry) =>
                      html`<option value=${entry.completedAt} ?selected=${entry === previous}>
                        ${t('history.entry', {
                          date: this.formatDate(entry.completedAt),
                          score:
                            entry.result.overall.score === null
                              ? '–'
                              : this.localize.number(entry.result.overall.score),
                        })}
                      </option>`,
                  )}
              </select></label
            >`
      }
      ${
        changes.length > 0
          ? html`<ul class="changes">
              ${changes
                .filter((change) => change.kind !== 'dimension')
                .map(
                  (change) =>
                    html`<li>
                      <span>${name(change.kind, change.id)}</span>
                      <span class="number"
                        >${change.score === null ? '–' : this.localize.number(change.score)}
                        <span class="delta"
                          >(${change.change === null ? '–' : this.localize.number(change.change, { signDisplay: 'exceptZero' })})</span
                        ></span
                      >
                    </li>`,
                )}
            </ul>`
          : nothing
      }
      <button part="button" class="button quiet" type="button" @click=${() => this.pickFile('#import-file')}>
        ${t('history.import')}
      </button>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        hidden
        @change=${(event: Event) => void this.openFile(event, true)}
      />
    </div>`;
  }

  private renderTools() {
    const t = this.localize.t.bind(this.localize);
    return html`<div class="tools" part="tools" role="group" aria-labelledby="tools-title">
      <h3 id="tools-title">${t('report.actions')}</h3>
      <div class="tool-buttons">
        <button part="button" class="button secondary" type="button" @click=${() => this.print()}>
          ${t('report.print')}
        </button>
        <button part="button" class="button secondary" type="button" @click=${() => this.downloadAnswers()}>
          ${t('report.download')}
        </button>
        <button part="button" class="button secondary" type="button" @click=${() => this.downloadCsv()}>
          ${t('report.csv')}
        </button>
        <button
          part="button"
          class="button secondary"
          type="button"
          @click=${() => this.pickFile('#open-file')}
        >
          ${t('report.open')}
        </button>
        <button part="button" class="button secondary" type="button" @click=${() => void this.share()}>
          ${t('report.share')}
        </button>
      </div>
      <input
        id="open-file"
        type="file"
        accept=".json,application/json"
        hidden
        @change=${(event: Event) => void this.openFile(event, false)}
      />
      ${
        this.manualLink
          ? html`<label class="manual-link" for="share-link">${t('report.shareManual')}</label>
              <input id="share-link" class="share-link" type="text" readonly .value=${this.manualLink} />`
          : nothing
      }
      <p class="muted small">${t('report.shareInfo')}</p>
    </div>`;
  }

  private pickFile(selector: string): void {
    this.renderRoot.querySelector<HTMLInputElement>(selector)?.click();
  }

  private renderEndActions() {
    const t = this.localize.t.bind(this.localize);
    return html`<div class="actions end">
      <button part="button" class="button secondary" type="button" @click=${() => this.changeAnswers()}>
        ${t('results.change')}
      </button>
      ${
        this.confirmingRestart
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
              <p id="confirm-text">${t('results.confirmRestart')}</p>
              <button
                part="button"
                class="button danger confirm-yes"
                type="button"
                @click=${() => this.restart()}
              >
                ${t('results.confirmYes')}
              </button>
              <button
                part="button"
                class="button secondary"
                type="button"
                @click=${() => this.cancelRestart()}
              >
                ${t('results.confirmNo')}
              </button>
            </div>`
          : html`<button
              part="button"
              class="button quiet restart"
              type="button"
              @click=${() => this.askRestart()}
            >
              ${t('results.restart')}
            </button>`
      }
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
    if (keep) {
      this.persist();
      this.remember(record);
    }
    void loadResultsElements().then(
      () => {
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

  private remember(record: AssessmentRecord): void {
    if (!this.active) return;
    this.history = addToHistory(this.history, record);
    if (!this.noStorage) saveHistory(this.storageKeyFor(this.active), this.history);
  }

  // -------------------------------------------------------------------------------------------------
  // Keep and share

  private print(): void {
    window.print();
  }

  private fileName(extension: string): string {
    const date = (this.record?.completedAt ?? new Date().toISOString()).slice(0, 10);
    return `${this.active?.id ?? 'assessment'}-${date}.${extension}`;
  }

  private download(text: string, type: string, name: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private downloadAnswers(): void {
    if (!this.record) return;
    this.download(`${JSON.stringify(this.record, null, 2)}\n`, 'application/json', this.fileName('json'));
  }

  private downloadCsv(): void {
    const { active, result } = this;
    if (!active || !result) return;
    const q = this.localize.q.bind(this.localize);
    const csv = resultsCsv(
      result,
      {
        name: (kind, id) =>
          kind === 'overall'
            ? this.localize.t('results.overall')
            : q((kind === 'area' ? active.areas : active.dimensions).find((item) => item.id === id)?.title),
        level: (id) => q(active.levels.find((level) => level.id === id)?.label),
      },
      this.previousRecord()?.result,
    );
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    this.download(`\ufeff${csv}`, 'text/csv;charset=utf-8', this.fileName('csv'));
  }

  /** Opens a downloaded assessment: as the current one, or (`forComparison`) only into the history. */
  private async openFile(event: Event, forComparison: boolean): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const active = this.active;
    if (!file || !active) return;
    const t = this.localize.t.bind(this.localize);
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      this.notice = { text: t('report.openFailed', { reason: String(error) }), error: true };
      return;
    }
    const { readRecord } = await import('../../engine/record.js');
    const reading = readRecord(active, text);
    if (!reading.ok) {
      const reason =
        reading.reason === 'other_questionnaire'
          ? t('report.otherQuestionnaire', { id: (JSON.parse(text) as AssessmentRecord).questionnaire.id })
          : reading.reason === 'tampered'
            ? t('report.tampered')
            : t('report.notAssessment');
      this.notice = { text: t('report.openFailed', { reason }), error: true };
      return;
    }
    const date = this.formatDate(reading.record.completedAt);
    if (forComparison) {
      this.remember(reading.record);
      this.compareWith = reading.record.completedAt;
      this.notice = { text: t('history.imported', { date }), error: false };
      return;
    }
    this.shared = false;
    this.showResults(reading.record, true);
    this.notice = { text: t('report.opened', { date }), error: false };
  }

  private async share(): Promise<void> {
    if (!this.active) return;
    const link = shareUrl(this.active, this.answers, globalThis.location.href);
    try {
      await navigator.clipboard.writeText(link);
      this.manualLink = '';
      this.notice = { text: this.localize.t('report.shareCopied'), error: false };
    } catch {
      // No clipboard (permissions, insecure page): show the link to copy by hand.
      this.notice = null;
      this.manualLink = link;
      this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select());
    }
  }

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

  /** The history entry chosen for comparison (never the record shown). */
  private previousRecord(): AssessmentRecord | null {
    if (!this.compareWith || this.compareWith === this.record?.completedAt) return null;
    return this.history.find((entry) => entry.completedAt === this.compareWith) ?? null;
  }

  private formatDate(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    try {
      return new Intl.DateTimeFormat(this.localize.lang, { dateStyle: 'long' }).format(date);
    } catch {
      return date.toISOString().slice(0, 10);
    }
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

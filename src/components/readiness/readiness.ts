// The complete widget: intro, the questionnaire page by page, and the results. It owns the SME's
// answers while the assessment runs and decides which screen shows; the work is done elsewhere:
//   questionnaire-loader.ts  which questionnaire (property, URL or the default) and its first texts;
//   saved-answers.ts         resuming later and the completed assessments kept for comparison;
//   <sme-questionnaire>      the pages (its `sme-answer` events carry each change; this element adopts
//                            the questionnaire's answers, it does not merge them a second time);
//   <sme-results>            the results screen, loaded on demand with chart.js.
// The result is always recomputed from the answers by the engine (createRecord), never stored as truth.
// (Over 400 lines because a third of it is the element's documented API: the JSDoc header that
// custom-elements.json and Storybook are generated from, and the public properties.)
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRecord, type AssessmentRecord } from '../../engine/formats/assessment.js';
import { sharePayload } from '../../engine/formats/share-link.js';
import type { Answers, Questionnaire } from '../../engine/model/schema.js';
import { score, type Result } from '../../engine/scoring/score.js';
import {
  emit,
  type SmeErrorDetail,
  type SmeFinishDetail,
  type SmePageChangeDetail,
  type SmeRecordOpenDetail,
} from '../../internal/events.js';
import { loadLaterTextParts, resolveLanguage, warmNumberFormat } from '../../internal/i18n.js';
import { afterPaintWhenIdle } from '../../internal/idle.js';
import { SmeElement } from '../../internal/sme-element.js';
import { outboxWaiting, type SavedProgress } from '../../internal/storage.js';
import { buttonStyles, fieldStyles, screenStyles, themeStyles } from '../../internal/theme.styles.js';
import type { SmeQuestionnaire } from '../questionnaire/questionnaire.js';
import type { SmeResults } from '../results/results.js';
import { errorDetail, QuestionnaireLoader } from './questionnaire-loader.js';
import { readinessStyles } from './readiness.styles.js';
import { introScreen, languagePicker } from './screens.js';
import type { Provider } from '../../engine/provider/schema.js';
import { SavedAnswers } from './saved-answers.js';

type View = 'loading' | 'error' | 'intro' | 'questions' | 'results';

/** The results elements and chart.js are loaded only when results are shown. */
let resultsElements: Promise<unknown> | undefined;
export function loadResultsElements(): Promise<unknown> {
  resultsElements ??= import('../../results.js').then((module) => module.defineResultsElements());
  return resultsElements;
}

/**
 * The results elements, chart.js, the comparison and (on a provider's page) its panels, fetched ahead
 * (errors surface later, when results are shown).
 */
function preloadResults(withProvider: boolean): Promise<unknown> {
  return loadResultsElements()
    .then(() => import('../../results.js'))
    .then((module) => module.prefetchResultsParts(withProvider))
    .catch(() => undefined);
}

/** The parts of <sme-results> a host page can style through this element, as before it was split. */
const RESULTS_PARTS =
  'results, tools, history, shared, button, comparison, offers, service, adviser, send, send-notice, send-field, send-status';

/**
 * @tagname sme-readiness
 * @summary The complete readiness assessment: intro, questionnaire page by page, and results with a radar
 * chart and next steps. Works with no attribute at all.
 *
 * @fires sme-answer - An answer changed. Detail: `{ questionId, value }`.
 * @fires sme-page-change - Another page is shown. Detail: `{ page, pageId, pageCount }`.
 * @fires sme-complete - Results are shown. Detail: `SmeCompleteDetail` (format, questionnaire, locale, answers, result, startedAt, completedAt).
 * @fires sme-restart - The SME cleared its answers to start again. Detail: `{ questionnaire }`.
 * @fires sme-error - The questionnaire or the provider profile could not be loaded, is invalid, or the two do not fit. Detail: `{ code, message, source, problems }`.
 * @fires sme-submit - Cancelable, before results are sent to the provider. Detail: `{ url, submission, headers }`.
 * @fires sme-submitted - The provider's server stored the results. Detail: `{ url, submissionId, receipt }`.
 * @fires sme-submit-error - Sending failed (`willRetry` when it waits in the outbox). Detail: `{ url, submissionId, status, code, message, willRetry }`.
 *
 * @csspart base - The widget's box.
 * @csspart intro - The intro screen.
 * @csspart results - The results screen.
 * @csspart tools - The results' keep-and-share buttons (print, download, CSV, open, share link).
 * @csspart history - The comparison with an earlier assessment.
 * @csspart shared - The banner above results opened from a share link.
 * @csspart offers - The results' section "What <provider> offers you" (and `service`, `adviser` in it).
 * @csspart send - The "Send my results" panel (and `send-notice`, `send-field`, `send-status` in it).
 * @csspart provider-problem - The panel saying why the provider profile is not used.
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
 * @cssprop --sme-color-compare - The earlier result on the radar. Default #b45309 (dark theme #f5b86b).
 * @cssprop --sme-radius - Corner radius. Default 10px.
 * @cssprop --sme-space - Base spacing. Default 16px.
 * @cssprop --sme-font-family - Font. Default: inherited from the page.
 * @cssprop --sme-font-size - Base font size. Default 1rem.
 * @cssprop --sme-transition-duration - Transition length; 0 under prefers-reduced-motion. Default 160ms.
 */
export class SmeReadiness extends SmeElement {
  static override styles = [themeStyles, buttonStyles, fieldStyles, screenStyles, readinessStyles];

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

  /** URL of the provider profile JSON: your services and contact in the results, and where results may be sent. */
  @property({ attribute: 'provider-src' }) providerSrc = '';

  /** The provider profile as an object (validated when set). */
  @property({ attribute: false }) provider: unknown = null;

  /** URL of a benchmark file (a provider's published cohort aggregate): the results compare with firms like this one. */
  @property({ attribute: 'benchmark-src' }) benchmarkSrc = '';

  /** Where "Send my results" sends to, instead of the profile's `submitUrl`: `https:`, or `http:` on this machine. */
  @property({ attribute: 'submit-url' }) submitUrl = '';

  @state() private view: View = 'loading';
  @state() private active: Questionnaire | null = null;
  @state() private answers: Answers = {};
  @state() private page = 0;
  @state() private saved: SavedProgress | null = null;
  @state() private error: SmeErrorDetail | null = null;
  @state() private resultsReady = false;
  /** The completed assessment shown on the results screen. */
  @state() private record: AssessmentRecord | null = null;
  /** Earlier completed assessments (storage and opened files), oldest first. */
  @state() private history: AssessmentRecord[] = [];
  /** Results opened from a share link: shown, never saved over the SME's own answers. */
  @state() private shared = false;
  /** A notice on the intro (a share link that could not be read). */
  @state() private notice: string | null = null;
  /** The provider profile, validated and checked against the questionnaire in use. */
  @state() private profile: Provider | null = null;
  /** Why the provider profile is not used (shown above the screens; the assessment goes on without it). */
  @state() private providerError: SmeErrorDetail | null = null;
  private loadedProfile: Provider | null = null;
  /** False while the provider profile is loading or being checked: "Send my results" waits for its notice. */
  @state() private providerSettled = true;

  private startedAt: string | null = null;
  private readonly loader = new QuestionnaireLoader();
  /** The provider profile's loader and panel (provider-loader.ts), loaded only for a page that gives one. */
  private providerModule: typeof import('./provider-loader.js') | null = null;
  /** The problem panels (problem-panels.ts), loaded when something is wrong. */
  private panels: typeof import('./problem-panels.js') | null = null;
  private providerTicket = 0;
  private readonly store = new SavedAnswers(() => ({
    storageKey: this.storageKey,
    noStorage: this.noStorage,
  }));

  protected override textSource(): Questionnaire | null {
    return this.active;
  }

  /** The answers given so far (a copy). */
  get currentAnswers(): Answers {
    return structuredClone(this.answers);
  }

  /** The questionnaire in use, once loaded and valid. */
  get activeQuestionnaire(): Questionnaire | null {
    return this.active;
  }

  /** The result for the current answers, computed on demand (never stored as truth). */
  get currentResult(): Result | null {
    return this.active ? score(this.active, this.answers) : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Submissions that could not be sent on an earlier visit are tried again now, and whenever the
    // browser comes back online. The outbox code loads only when something waits.
    if (outboxWaiting())
      void import('../send-results/outbox.js').then((outbox) =>
        outbox.resendWaiting(this, this.fetchTimeout),
      );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('questionnaire') || changed.has('questionnaireSrc')) void this.load();
    if (changed.has('provider') || changed.has('providerSrc')) void this.loadProvider();
  }

  /** Loads the provider profile beside the questionnaire; its problems are shown, never in the way. */
  private async loadProvider(): Promise<void> {
    this.loadedProfile = null;
    this.profile = null;
    this.providerError = null;
    const ticket = (this.providerTicket += 1);
    const given = this.provider !== null && this.provider !== undefined;
    this.providerSettled = !(given || this.providerSrc);
    if (this.providerSettled) return;
    this.providerModule ??= await import('./provider-loader.js');
    const outcome = await this.providerModule.loadProvider({
      provider: this.provider,
      src: this.providerSrc,
      timeout: this.fetchTimeout,
    });
    if (ticket !== this.providerTicket) return;
    if ('none' in outcome) {
      this.providerSettled = true;
      return;
    }
    if ('error' in outcome) return this.failProvider(outcome.error);
    this.loadedProfile = outcome.provider;
    await this.pairProvider();
  }

  /** Uses the loaded profile once the questionnaire is known, if its references resolve there. */
  private async pairProvider(): Promise<void> {
    const provider = this.loadedProfile;
    const questionnaire = this.active;
    if (!provider || !questionnaire || !this.providerModule) return;
    const problem = await this.providerModule.mismatch(provider, questionnaire, this.providerSrc || null);
    if (provider !== this.loadedProfile || questionnaire !== this.active) return;
    if (problem) return this.failProvider(problem);
    this.providerError = null;
    this.profile = provider;
    this.providerSettled = true;
  }

  private failProvider(error: SmeErrorDetail): void {
    this.profile = null;
    this.providerSettled = true;
    void this.loadPanels().then(() => (this.providerError = error));
    emit(this, 'sme-error', error);
  }

  /** Loads the questionnaire from the property, the URL or the default, and the saved progress. */
  private async load(): Promise<void> {
    this.view = 'loading';
    this.error = null;
    const { outcome, current } = await this.loader.load(
      { questionnaire: this.questionnaire, src: this.questionnaireSrc, timeout: this.fetchTimeout },
      (questionnaire) => resolveLanguage(this, questionnaire),
    );
    if (!current()) return;
    if ('error' in outcome) return this.fail(outcome.error);
    const questionnaire = outcome.questionnaire;
    this.active = questionnaire;
    this.answers = {};
    this.page = 0;
    this.startedAt = null;
    this.record = null;
    this.history = [];
    this.shared = false;
    this.notice = null;
    void this.pairProvider();
    const saved = await this.store.progress(questionnaire);
    if (!current()) return;
    this.saved = saved;
    // A share link's results are read before anything shows, so the intro does not flash first.
    if (!(await this.openShareLink(questionnaire, current)) && current()) {
      this.view = 'intro';
      // The progress bar's percent format, built while the SME reads the intro rather than after "Start".
      warmNumberFormat(this.localize.lang);
    }
  }

  private fail(error: SmeErrorDetail): void {
    this.active = null;
    this.error = error;
    emit(this, 'sme-error', error);
    // The panel shows once its module is in; if even that cannot load, renderError says it in one line.
    void this.loadPanels().then(() => {
      if (this.error === error) this.view = 'error';
    });
  }

  private async loadPanels(): Promise<void> {
    if (this.panels) return;
    this.panels = await import('./problem-panels.js').catch(() => null);
    // Their styles join the element's own (constructable stylesheets: allowed under a strict CSP).
    if (this.panels && this.shadowRoot)
      adoptStyles(this.shadowRoot, [
        ...(this.constructor as typeof SmeReadiness).elementStyles,
        this.panels.panelStyles,
      ]);
  }

  /**
   * Shows the results a `#sme=…` link carries (the page's own address fragment); true when it did.
   * The decoder loads only when there is such a link.
   */
  private async openShareLink(questionnaire: Questionnaire, current: () => boolean): Promise<boolean> {
    const payload = sharePayload(globalThis.location?.hash ?? '');
    if (payload === null) return false;
    const [{ decodeShare }, { useResultsStrings }] = await Promise.all([
      import('../../engine/formats/share.js'),
      import('../../internal/ui-results.js'),
    ]);
    useResultsStrings();
    if (!current()) return true;
    const decoded = decodeShare(questionnaire, payload);
    if (!decoded.ok) {
      // A link for another questionnaire on the same page is not ours to judge; one from an earlier
      // version is intact but cannot be read (answers travel as positions), which is not the SME's doing.
      if (decoded.reason === 'other_version') this.notice = this.t('report.sharedOtherVersion');
      else if (decoded.reason !== 'other_questionnaire') this.notice = this.t('report.sharedInvalid');
      return false;
    }
    this.shared = true;
    this.showResults(createRecord(questionnaire, decoded.answers, { locale: this.localize.lang }), false);
    return true;
  }

  private persist(): void {
    if (!this.active || this.shared) return;
    this.store.saveProgress(this.active, {
      answers: this.answers,
      page: this.page,
      startedAt: this.startedAt,
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Screens

  override render() {
    const { t } = this;
    return html`<div
      part="base"
      class="base"
      lang=${this.localize.lang}
      dir=${this.localize.dir}
      aria-label=${t('widget.label')}
      role="region"
    >
      ${this.languagePicker && this.active && this.active.locales.length > 1 ? this.renderLanguagePicker() : nothing}
      ${this.providerError && this.panels ? this.panels.providerProblem(this.providerError, this.t) : nothing}
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
    return languagePicker(this.active!.locales, this.localize.lang, this.t('language.label'), (locale) => {
      this.lang = locale;
    });
  }

  private renderError() {
    return this.panels
      ? this.panels.errorScreen(this.error, this.t, () => void this.load())
      : html`<p class="error" part="error" role="alert">${this.error?.message}</p>`;
  }

  private renderIntro() {
    return introScreen(
      { questionnaire: this.active!, saved: this.saved, noStorage: this.noStorage, notice: this.notice },
      { t: this.t, q: this.q },
      { start: () => this.start(), resume: () => this.resume(), startOver: () => this.startOver() },
    );
  }

  private renderQuestions() {
    return html`<sme-questionnaire
      lang=${this.localize.lang}
      .questionnaire=${this.active}
      .answers=${this.answers}
      .page=${this.page}
      @sme-answer=${(event: Event) => this.adoptAnswers(event.currentTarget as SmeQuestionnaire)}
      @sme-page-change=${(event: CustomEvent<SmePageChangeDetail>) => {
        this.page = event.detail.page;
        this.persist();
        // On the last page, fetch what the results need (elements, chart.js, texts) while the SME answers.
        if (event.detail.page === event.detail.pageCount - 1) void preloadResults(this.hasProvider());
      }}
      @sme-finish=${(event: CustomEvent<SmeFinishDetail>) => {
        event.stopPropagation();
        this.finish(event.detail.answers);
      }}
    ></sme-questionnaire>`;
  }

  private renderResults() {
    if (!this.resultsReady || !this.record || !this.active)
      return html`<p class="loading" role="status">${this.t('widget.loading')}</p>`;
    // Requests from the results screen are this element's to carry out; they stop here.
    const handled =
      (action: () => void) =>
      (event: Event): void => {
        event.stopPropagation();
        action();
      };
    return html`<sme-results
      exportparts=${RESULTS_PARTS}
      lang=${this.localize.lang}
      .record=${this.record}
      .questionnaire=${this.active}
      .history=${this.history}
      ?shared=${this.shared}
      .provider=${this.profile}
      submit-url=${this.providerSettled ? this.submitUrl || this.profile?.submitUrl || '' : ''}
      ?no-storage=${this.noStorage}
      benchmark-src=${this.benchmarkSrc}
      @sme-edit-answers=${handled(() => this.changeAnswers())}
      @sme-restart-request=${handled(() => this.restart())}
      @sme-close-shared=${handled(() => this.closeShared())}
      @sme-record-open=${(event: CustomEvent<SmeRecordOpenDetail>) => {
        event.stopPropagation();
        this.openRecord(event.detail);
      }}
    ></sme-results>`;
  }

  // -------------------------------------------------------------------------------------------------
  // Actions

  private start(): void {
    this.answers = {};
    this.page = 0;
    this.startedAt = new Date().toISOString();
    this.showQuestions();
  }

  private resume(): void {
    const saved = this.saved;
    if (!saved) return this.start();
    // A later page needs the other questions' texts at once, not after the first page has painted.
    loadLaterTextParts();
    this.answers = saved.answers;
    this.page = saved.page;
    this.startedAt = saved.startedAt;
    this.showQuestions();
  }

  private startOver(): void {
    if (this.active) this.store.clearProgress(this.active);
    this.saved = null;
    this.start();
  }

  private showQuestions(): void {
    this.view = 'questions';
    this.focusAfterUpdate(() => {
      this.questionnaireElement()?.focusHeading();
      // What the results need is fetched once this page of questions has painted, in idle time.
      afterPaintWhenIdle(() => void preloadResults(this.hasProvider()));
    });
  }

  private hasProvider(): boolean {
    return (this.provider !== null && this.provider !== undefined) || this.providerSrc !== '';
  }

  /** The questionnaire merged the change into its answers; they are the SME's answers now. */
  private adoptAnswers(questionnaire: SmeQuestionnaire): void {
    this.answers = questionnaire.answers;
    this.persist();
  }

  /** "See my results": the engine scores the questionnaire's answers into the record the widget announces. */
  private finish(answers: Answers): void {
    if (!this.active) return;
    // All answers, hidden ones included: kept because the SME may change its mind; never scored.
    const record = createRecord(this.active, answers, {
      locale: this.localize.lang,
      startedAt: this.startedAt,
    });
    this.shared = false;
    emit(this, 'sme-complete', record);
    this.showResults(record, true);
  }

  /** Shows a completed assessment; `keep` adds it to the history and saves the answers. */
  private showResults(record: AssessmentRecord, keep: boolean): void {
    const questionnaire = this.active;
    if (!questionnaire) return;
    // The next steps' texts are in a later part: a share link or an opened file comes here without the
    // questions having painted (which otherwise lets the later parts load), so ask for them now.
    loadLaterTextParts();
    this.record = record;
    this.answers = record.answers;
    this.view = 'results';
    if (keep) this.persist();
    void Promise.all([loadResultsElements(), this.store.history(questionnaire)]).then(
      ([, history]) => {
        if (this.active !== questionnaire) return;
        this.history = keep ? this.store.remember(questionnaire, history, record) : history;
        this.resultsReady = true;
        this.focusAfterUpdate(() => this.resultsElement()?.focusHeading());
      },
      (error: unknown) =>
        this.fail(
          errorDetail('results-load', `The results view could not be loaded: ${String(error)}`, null, []),
        ),
    );
  }

  /** A saved assessment the SME opened on the results screen. */
  private openRecord({ record, purpose }: SmeRecordOpenDetail): void {
    if (!this.active) return;
    if (purpose === 'compare') {
      this.history = this.store.remember(this.active, this.history, record);
      return;
    }
    this.shared = false;
    this.history = this.store.remember(this.active, this.history, record);
    this.record = record;
    this.answers = record.answers;
    this.persist();
  }

  private closeShared(): void {
    this.shared = false;
    const { location, history } = globalThis;
    if (sharePayload(location.hash) !== null)
      history.replaceState(history.state, '', location.pathname + location.search);
    this.record = null;
    this.answers = this.saved?.answers ?? {};
    this.view = 'intro';
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#intro-title')?.focus());
  }

  /** Back to the questions with every answer kept. */
  private changeAnswers(): void {
    this.page = 0;
    this.showQuestions();
  }

  /** Clears every answer (after confirmation) and returns to the intro. */
  restart(): void {
    if (this.active) this.store.clearProgress(this.active);
    this.answers = {};
    this.page = 0;
    this.saved = null;
    this.startedAt = null;
    this.record = null;
    this.notice = null;
    this.view = 'intro';
    emit(this, 'sme-restart', {
      questionnaire: this.active ? { id: this.active.id, version: this.active.version } : null,
    });
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#intro-title')?.focus());
  }

  private questionnaireElement(): SmeQuestionnaire | null {
    return this.renderRoot.querySelector('sme-questionnaire');
  }

  private resultsElement(): SmeResults | null {
    return this.renderRoot.querySelector('sme-results');
  }

  private focusAfterUpdate(focus: () => void): void {
    void this.updateComplete.then(async () => {
      await (this.questionnaireElement() ?? this.resultsElement())?.updateComplete;
      focus();
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-readiness': SmeReadiness;
  }
}

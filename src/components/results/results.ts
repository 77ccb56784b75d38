// The results screen: the scores (<sme-score-summary>), the radar (<sme-radar-chart>), the comparison
// with an earlier assessment, the next steps (<sme-recommendations>) and what an SME does there: keep
// (print, download, CSV, open a saved file: keep.ts), share (a link: share-link.ts) and compare.
// Data flow: `record` (answers + result, recomputed by whoever made it), `questionnaire` and `history`
// come in as properties; what this screen cannot do itself goes out as events — change the answers,
// start again, leave shared results, show or remember an opened file — and its owner (<sme-readiness>)
// acts on them. The only state kept here is the screen's own: which earlier assessment is drawn, the
// last notice, the restart confirmation and a share link shown for copying by hand. With a provider
// profile it also shows what the provider offers this firm (offers.ts) and, with a submit URL, the
// consented "Send my results" (<sme-send-results>).
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AssessmentRecord } from '../../engine/formats/assessment.js';
import { compareResults } from '../../engine/formats/report.js';
import { compile } from '../../engine/model/compile.js';
import type { Questionnaire } from '../../engine/model/schema.js';
import { emit } from '../../internal/events.js';
import { SmeResultsElement } from '../../internal/results-element.js';
import { buttonStyles, fieldStyles, screenStyles, themeStyles } from '../../internal/theme.styles.js';
import { download, fileName, openAssessmentFile, recordJson, scoresCsv } from './keep.js';
import { resultsStyles } from './results.styles.js';
import { copyShareLink } from './share-link.js';
import type { Provider } from '../../engine/provider/schema.js';

/**
 * @tagname sme-results
 * @summary The results screen: scores, radar, next steps, comparison, and keeping and sharing them.
 *
 * @fires sme-edit-answers - "Change my answers" was chosen. Detail: `{}`.
 * @fires sme-restart-request - The SME confirmed clearing every answer to start again. Detail: `{}`.
 * @fires sme-close-shared - The SME left results opened from a share link. Detail: `{}`.
 * @fires sme-record-open - A saved assessment file was opened and checked. Detail: `{ record, purpose }`, `purpose` being `show` (as the current results) or `compare` (into the history).
 *
 * @csspart results - The results screen.
 * @csspart tools - The keep-and-share buttons (print, download, CSV, open, share link).
 * @csspart history - The comparison with an earlier assessment.
 * @csspart shared - The banner above results opened from a share link.
 * @csspart comparison - The section "How you compare" (firms like yours, Eurostat's national figure).
 * @csspart offers - The section "What <provider> offers you".
 * @csspart service - Each service in it.
 * @csspart adviser - The adviser's contact in it.
 * @csspart send - The "Send my results" panel (and `send-notice`, `send-field`, `send-status` inside it).
 * @csspart button - Every button of the screen.
 *
 * @cssprop --sme-color-primary - Buttons and links.
 * @cssprop --sme-color-danger - The confirm-restart button and error notices.
 */
export class SmeResults extends SmeResultsElement {
  static override styles = [themeStyles, buttonStyles, fieldStyles, screenStyles, resultsStyles];

  /** The completed assessment shown: answers and the result the engine computed from them. */
  @property({ attribute: false }) record: AssessmentRecord | null = null;

  /** The questionnaire the record belongs to. */
  @property({ attribute: false }) questionnaire: Questionnaire | null = null;

  /** Earlier completed assessments to compare with, oldest first (the current one may be among them). */
  @property({ attribute: false }) history: AssessmentRecord[] = [];

  /** Results opened from a share link: marked as such, without date, restart or "change my answers". */
  @property({ type: Boolean }) shared = false;

  /** The provider who offers the check (validated, and checked against the questionnaire): its services and contact. */
  @property({ attribute: false }) provider: Provider | null = null;

  /** Where "Send my results" sends to (the profile's `submitUrl` or the widget's `submit-url`); '' for no sending. */
  @property({ attribute: 'submit-url' }) submitUrl = '';

  /** Keep nothing in the browser's storage (a submission waiting to be retried lives for this page view). */
  @property({ type: Boolean, attribute: 'no-storage' }) noStorage = false;

  /** URL of a benchmark file (the published aggregate of a provider's cohort): "How you compare". */
  @property({ attribute: 'benchmark-src' }) benchmarkSrc = '';

  /** How long, in milliseconds, the benchmark file may take. */
  @property({ attribute: false }) fetchTimeout = 15_000;

  /** The comparison's code (peers.ts), loaded for a benchmark or a firm that named its country. */
  @state() private peerParts: typeof import('./peers.js') | null = null;
  @state() private benchmark: import('./peers.js').BenchmarkLoad | null = null;

  /** The provider's parts of the screen (provider-panels.ts), loaded once a profile or submit URL is given. */
  @state() private providerParts: typeof import('./provider-panels.js') | null = null;

  /** The `completedAt` of the history entry drawn for comparison, or '' for none. */
  @state() private compareWith = '';
  @state() private notice: { text: string; error: boolean } | null = null;
  @state() private confirmingRestart = false;
  /** The share link, shown for copying by hand when the clipboard refused it. */
  @state() private manualLink = '';

  protected override textSource(): Questionnaire | null {
    return this.questionnaire;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('record')) {
      this.confirmingRestart = false;
      this.manualLink = '';
    }
    if ((this.provider || this.submitUrl) && !this.providerParts)
      void import('./provider-panels.js').then((parts) => (this.providerParts = parts));
    const country = this.record?.answers.about_country !== undefined;
    if ((this.benchmarkSrc || country) && !this.peerParts)
      void import('./peers.js').then((parts) => (this.peerParts = parts));
    if (changed.has('benchmarkSrc')) {
      this.benchmark = null;
      const src = this.benchmarkSrc;
      if (src)
        void import('./peers.js')
          .then((parts) => parts.loadBenchmark(src, this.fetchTimeout))
          .catch((error: unknown) => ({ error: String(error) }))
          .then((loaded) => {
            if (src === this.benchmarkSrc) this.benchmark = loaded;
          });
    }
  }

  /** Moves focus to the screen's heading (done when results are shown). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#results-title')?.focus();
  }

  /** Shows a notice above the scores (what an action did, or why it failed). */
  showNotice(text: string, error = false): void {
    this.notice = { text, error };
  }

  override render() {
    const { questionnaire, record } = this;
    if (!questionnaire || !record) return nothing;
    const { t, q } = this;
    const lang = this.localize.lang;
    const result = record.result;
    const previous = this.previousRecord();
    const comparison =
      this.peerParts && this.benchmark && 'benchmark' in this.benchmark
        ? this.peerParts.compareWithPeers(this.benchmark.benchmark, record, questionnaire, this.localize)
        : null;
    const offer =
      this.provider && this.providerParts
        ? this.providerParts.providerOffer(record, questionnaire, this.provider, this.localize)
        : null;
    return html`<section class="results" part="results" aria-labelledby="results-title">
      ${
        this.shared
          ? html`<div class="shared" part="shared">
              <p><strong>${t('report.sharedTitle')}</strong> ${t('report.sharedLead')}</p>
              <button
                part="button"
                class="button secondary"
                type="button"
                @click=${() => emit(this, 'sme-close-shared', {})}
              >
                ${t('report.closeShared')}
              </button>
            </div>`
          : nothing
      }
      <header class="report-header">
        <h2 id="results-title" tabindex="-1">${t('results.title')}</h2>
        <p class="meta">
          <span
            >${t('report.edition', { title: q(questionnaire.title), version: questionnaire.version })}</span
          >
          ${
            // A share link carries answers, not when they were given: no date for shared results.
            this.shared
              ? nothing
              : html`<span>${t('report.date', { date: this.formatDate(record.completedAt) })}</span>`
          }
        </p>
      </header>
      <div class="notice ${this.notice?.error ? 'error' : ''}" role="status" ?hidden=${!this.notice}>
        ${this.notice?.text ?? ''}
      </div>
      <sme-score-summary
        lang=${lang}
        .result=${result}
        .questionnaire=${questionnaire}
        .comparison=${comparison?.position ?? ''}
      ></sme-score-summary>
      <h3>${t('chart.title')}</h3>
      <sme-radar-chart
        lang=${lang}
        .results=${previous ? [result, previous.result] : [result]}
        .seriesLabels=${previous ? [t('chart.current'), this.formatDate(previous.completedAt)] : []}
        .questionnaire=${questionnaire}
        .peers=${comparison?.band ?? null}
      ></sme-radar-chart>
      ${this.renderComparison(comparison)} ${this.renderHistory(previous)}
      <h3>${t('recommendations.title')}</h3>
      <p class="muted">${t('recommendations.lead')}</p>
      <sme-recommendations
        lang=${lang}
        .result=${result}
        .questionnaire=${questionnaire}
        .help=${offer?.help ?? {}}
      ></sme-recommendations>
      ${offer?.panel ?? nothing}
      ${
        // Shared results are someone else's: they are not sent from here.
        this.submitUrl && !this.shared && this.providerParts
          ? html`<sme-send-results
              exportparts="base: send, notice: send-notice, field: send-field, status: send-status, button"
              lang=${lang}
              .record=${record}
              .provider=${this.provider}
              url=${this.submitUrl}
              ?no-storage=${this.noStorage}
            ></sme-send-results>`
          : nothing
      }
      ${this.renderTools()} ${this.shared ? nothing : this.renderEndActions()}
    </section>`;
  }

  /** "How you compare": firms like yours (a benchmark file) and Eurostat's figure for the firm's country. */
  private renderComparison(comparison: import('./peers.js').Comparison | null) {
    const parts = this.peerParts;
    const record = this.record!;
    if (!parts) return nothing;
    const failed = this.benchmark && 'error' in this.benchmark ? this.benchmark.error : '';
    const eurostat = parts.eurostatLine(record, this.localize);
    if (!comparison && !failed && eurostat === nothing) return nothing;
    return html`<section class="comparison" part="comparison" aria-labelledby="comparison-title">
      <h3 id="comparison-title">${this.t('peers.title')}</h3>
      ${comparison?.panel ?? nothing}
      ${
        failed
          ? html`<p class="notice error" role="status">${this.t('peers.invalid', { reason: failed })}</p>`
          : nothing
      }
      ${eurostat}
    </section>`;
  }

  private renderHistory(previous: AssessmentRecord | null) {
    const { t, q } = this;
    const record = this.record!;
    const definitions = compile(this.questionnaire!);
    const earlier = this.history.filter((entry) => entry.completedAt !== record.completedAt);
    const changes = previous ? compareResults(record.result, previous.result) : [];
    const name = (kind: string, id: string) =>
      kind === 'overall' ? t('results.overall') : q(definitions.area(id)?.title);
    return html`<div class="history" part="history">
      <h3>${t('history.title')}</h3>
      ${
        earlier.length === 0
          ? html`<p class="muted">${t('history.noEarlier')}</p>`
          : html`<label class="compare"
              >${t('history.compareWith')}
              <select
                class="field"
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
        @change=${(event: Event) => void this.openFile(event, 'compare')}
      />
    </div>`;
  }

  private renderTools() {
    const { t } = this;
    return html`<div class="tools" part="tools" role="group" aria-labelledby="tools-title">
      <h3 id="tools-title">${t('report.actions')}</h3>
      <div class="tool-buttons">
        <button part="button" class="button secondary" type="button" @click=${() => window.print()}>
          ${t('report.print')}
        </button>
        <button part="button" class="button secondary" type="button" @click=${() => this.downloadRecord()}>
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
        @change=${(event: Event) => void this.openFile(event, 'show')}
      />
      ${
        this.manualLink
          ? html`<label class="manual-link" for="share-link">${t('report.shareManual')}</label>
              <input
                id="share-link"
                class="field share-link"
                type="text"
                readonly
                .value=${this.manualLink}
              />`
          : nothing
      }
      <p class="muted small">${t('report.shareInfo')}</p>
    </div>`;
  }

  private renderEndActions() {
    const { t } = this;
    return html`<div class="actions end">
      <button
        part="button"
        class="button secondary"
        type="button"
        @click=${() => emit(this, 'sme-edit-answers', {})}
      >
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
                @click=${() => emit(this, 'sme-restart-request', {})}
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

  private askRestart(): void {
    this.confirmingRestart = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm-yes')?.focus());
  }

  private cancelRestart(): void {
    this.confirmingRestart = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.restart')?.focus());
  }

  private pickFile(selector: string): void {
    this.renderRoot.querySelector<HTMLInputElement>(selector)?.click();
  }

  private downloadRecord(): void {
    if (!this.record || !this.questionnaire) return;
    download(
      this.renderRoot,
      recordJson(this.record),
      'application/json',
      fileName(this.questionnaire, this.record, 'json'),
    );
  }

  private downloadCsv(): void {
    const { questionnaire, record } = this;
    if (!questionnaire || !record) return;
    const csv = scoresCsv(
      questionnaire,
      record.result,
      { overall: this.t('results.overall'), q: this.q },
      this.previousRecord()?.result,
    );
    download(this.renderRoot, csv, 'text/csv;charset=utf-8', fileName(questionnaire, record, 'csv'));
  }

  /** Opens a downloaded assessment, checked by the engine, and hands it to the owner. */
  private async openFile(event: Event, purpose: 'show' | 'compare'): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const questionnaire = this.questionnaire;
    if (!file || !questionnaire) return;
    const { t } = this;
    const opened = await openAssessmentFile(questionnaire, file);
    if (!opened.ok) {
      const { refusal } = opened;
      const reason = refusal.key === null ? refusal.detail : t(refusal.key, refusal.values);
      this.showNotice(t('report.openFailed', { reason }), true);
      return;
    }
    const date = this.formatDate(opened.record.completedAt);
    emit(this, 'sme-record-open', { record: opened.record, purpose });
    if (purpose === 'compare') {
      this.compareWith = opened.record.completedAt;
      this.showNotice(t('history.imported', { date }));
    } else this.showNotice(t('report.opened', { date }));
  }

  private async share(): Promise<void> {
    if (!this.questionnaire || !this.record) return;
    const outcome = await copyShareLink(this.questionnaire, this.record.answers, globalThis.location.href);
    if (outcome.copied) {
      this.manualLink = '';
      this.showNotice(this.t('report.shareCopied'));
      return;
    }
    this.notice = null;
    this.manualLink = outcome.link;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select();
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
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-results': SmeResults;
  }
}

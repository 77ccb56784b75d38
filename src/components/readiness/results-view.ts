// The results screen of <sme-readiness> with what an SME does there: keep (print, download, CSV, open a
// saved file), share (a link), and compare with an earlier assessment. Loaded with the results elements,
// so none of it weighs on the way to the first question.
import { html, nothing } from 'lit';
import type { AssessmentRecord } from '../../engine/formats/assessment.js';
import { compareResults, resultsCsv } from '../../engine/formats/report.js';
import type { Answers, Questionnaire } from '../../engine/model/schema.js';
import type { Result } from '../../engine/scoring/score.js';
import { shareUrl } from '../../engine/formats/share.js';
import type { LocalizeController } from '../../internal/i18n.js';
import { addToHistory, loadHistory, saveHistory } from '../../internal/storage.js';
import { useResultsStrings } from '../../internal/ui-results.js';

/** What the results screen reads from, and asks of, its <sme-readiness>. */
export interface ResultsHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly localize: LocalizeController;
  readonly active: Questionnaire | null;
  readonly result: Result | null;
  readonly record: AssessmentRecord | null;
  readonly answers: Answers;
  readonly confirmingRestart: boolean;
  shared: boolean;
  compareWith: string;
  notice: { text: string; error: boolean } | null;
  manualLink: string;
  renderNotice(): unknown;
  showResults(record: AssessmentRecord, keep: boolean): void;
  requestUpdate(): void;
  closeShared(): void;
  changeAnswers(): void;
  askRestart(): void;
  cancelRestart(): void;
  restart(): void;
  focusAfterUpdate(focus: () => void): void;
}

export class ResultsView {
  /** Earlier completed assessments (storage and opened files), oldest first. */
  private history: AssessmentRecord[];

  /** `storageKey`: where the history is kept, or null to keep it for this page view only. */
  constructor(
    private readonly host: ResultsHost,
    private readonly storageKey: string | null,
  ) {
    useResultsStrings();
    this.history = storageKey && host.active ? loadHistory(storageKey, host.active) : [];
  }

  /** Adds a completed assessment to the history (and storage). */
  remember(record: AssessmentRecord): void {
    this.history = addToHistory(this.history, record);
    if (this.storageKey) saveHistory(this.storageKey, this.history);
    this.host.requestUpdate();
  }

  render() {
    const t = this.host.localize.t.bind(this.host.localize);
    const lang = this.host.localize.lang;
    const { active, result } = this.host;
    if (!active || !result) return nothing;
    const previous = this.previousRecord();
    return html`<section class="results" part="results" aria-labelledby="results-title">
      ${
        this.host.shared
          ? html`<div class="shared" part="shared">
              <p><strong>${t('report.sharedTitle')}</strong> ${t('report.sharedLead')}</p>
              <button
                part="button"
                class="button secondary"
                type="button"
                @click=${() => this.host.closeShared()}
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
            >${t('report.edition', { title: this.host.localize.q(active.title), version: active.version })}</span
          >
          ${
            // A share link carries answers, not when they were given: no date for shared results.
            this.host.record && !this.host.shared
              ? html`<span
                  >${t('report.date', { date: this.formatDate(this.host.record.completedAt) })}</span
                >`
              : nothing
          }
        </p>
      </header>
      ${this.host.renderNotice()}
      <sme-score-summary lang=${lang} .result=${result} .questionnaire=${active}></sme-score-summary>
      <h3>${t('chart.title')}</h3>
      <sme-radar-chart
        lang=${lang}
        .results=${previous ? [result, previous.result] : [result]}
        .seriesLabels=${previous ? [t('chart.current'), this.formatDate(previous.completedAt)] : []}
        .questionnaire=${active}
      ></sme-radar-chart>
      ${this.renderHistory(previous)}
      <h3>${t('recommendations.title')}</h3>
      <p class="muted">${t('recommendations.lead')}</p>
      <sme-recommendations lang=${lang} .result=${result} .questionnaire=${active}></sme-recommendations>
      ${this.renderTools()} ${this.host.shared ? nothing : this.renderEndActions()}
    </section>`;
  }

  private renderHistory(previous: AssessmentRecord | null) {
    const t = this.host.localize.t.bind(this.host.localize);
    const earlier = this.history.filter((entry) => entry.completedAt !== this.host.record?.completedAt);
    const changes = previous && this.host.result ? compareResults(this.host.result, previous.result) : [];
    const name = (kind: string, id: string) =>
      kind === 'overall'
        ? t('results.overall')
        : this.host.localize.q(this.host.active?.areas.find((area) => area.id === id)?.title);
    return html`<div class="history" part="history">
      <h3>${t('history.title')}</h3>
      ${
        earlier.length === 0
          ? html`<p class="muted">${t('history.noEarlier')}</p>`
          : html`<label class="compare"
              >${t('history.compareWith')}
              <select
                @change=${(event: Event) => (this.host.compareWith = (event.target as HTMLSelectElement).value)}
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
                              : this.host.localize.number(entry.result.overall.score),
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
                        >${change.score === null ? '–' : this.host.localize.number(change.score)}
                        <span class="delta"
                          >(${change.change === null ? '–' : this.host.localize.number(change.change, { signDisplay: 'exceptZero' })})</span
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
    const t = this.host.localize.t.bind(this.host.localize);
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
        this.host.manualLink
          ? html`<label class="manual-link" for="share-link">${t('report.shareManual')}</label>
              <input
                id="share-link"
                class="share-link"
                type="text"
                readonly
                .value=${this.host.manualLink}
              />`
          : nothing
      }
      <p class="muted small">${t('report.shareInfo')}</p>
    </div>`;
  }

  private pickFile(selector: string): void {
    this.host.renderRoot.querySelector<HTMLInputElement>(selector)?.click();
  }

  private renderEndActions() {
    const t = this.host.localize.t.bind(this.host.localize);
    return html`<div class="actions end">
      <button part="button" class="button secondary" type="button" @click=${() => this.host.changeAnswers()}>
        ${t('results.change')}
      </button>
      ${
        this.host.confirmingRestart
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
              <p id="confirm-text">${t('results.confirmRestart')}</p>
              <button
                part="button"
                class="button danger confirm-yes"
                type="button"
                @click=${() => this.host.restart()}
              >
                ${t('results.confirmYes')}
              </button>
              <button
                part="button"
                class="button secondary"
                type="button"
                @click=${() => this.host.cancelRestart()}
              >
                ${t('results.confirmNo')}
              </button>
            </div>`
          : html`<button
              part="button"
              class="button quiet restart"
              type="button"
              @click=${() => this.host.askRestart()}
            >
              ${t('results.restart')}
            </button>`
      }
    </div>`;
  }

  private print(): void {
    window.print();
  }

  private fileName(extension: string): string {
    const date = (this.host.record?.completedAt ?? new Date().toISOString()).slice(0, 10);
    return `${this.host.active?.id ?? 'assessment'}-${date}.${extension}`;
  }

  private download(text: string, type: string, name: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.host.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private downloadAnswers(): void {
    if (!this.host.record) return;
    this.download(
      `${JSON.stringify(this.host.record, null, 2)}\n`,
      'application/json',
      this.fileName('json'),
    );
  }

  private downloadCsv(): void {
    const { active, result } = this.host;
    if (!active || !result) return;
    const q = this.host.localize.q.bind(this.host.localize);
    const csv = resultsCsv(
      result,
      {
        name: (kind, id) =>
          kind === 'overall'
            ? this.host.localize.t('results.overall')
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
    const active = this.host.active;
    if (!file || !active) return;
    const t = this.host.localize.t.bind(this.host.localize);
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      this.host.notice = { text: t('report.openFailed', { reason: String(error) }), error: true };
      return;
    }
    const { readRecord } = await import('../../engine/formats/record.js');
    const reading = readRecord(active, text);
    if (!reading.ok) {
      const reason =
        reading.reason === 'other_questionnaire'
          ? t('report.otherQuestionnaire', { id: (JSON.parse(text) as AssessmentRecord).questionnaire.id })
          : reading.reason === 'tampered'
            ? t('report.tampered')
            : t('report.notAssessment');
      this.host.notice = { text: t('report.openFailed', { reason }), error: true };
      return;
    }
    const date = this.formatDate(reading.record.completedAt);
    if (forComparison) {
      this.remember(reading.record);
      this.host.compareWith = reading.record.completedAt;
      this.host.notice = { text: t('history.imported', { date }), error: false };
      return;
    }
    this.host.shared = false;
    this.host.showResults(reading.record, true);
    this.host.notice = { text: t('report.opened', { date }), error: false };
  }

  private async share(): Promise<void> {
    if (!this.host.active) return;
    const link = shareUrl(this.host.active, this.host.answers, globalThis.location.href);
    try {
      await navigator.clipboard.writeText(link);
      this.host.manualLink = '';
      this.host.notice = { text: this.host.localize.t('report.shareCopied'), error: false };
    } catch {
      // No clipboard (permissions, insecure page): show the link to copy by hand.
      this.host.notice = null;
      this.host.manualLink = link;
      this.host.focusAfterUpdate(() =>
        this.host.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select(),
      );
    }
  }

  /** The history entry chosen for comparison (never the record shown). */
  private previousRecord(): AssessmentRecord | null {
    if (!this.host.compareWith || this.host.compareWith === this.host.record?.completedAt) return null;
    return this.history.find((entry) => entry.completedAt === this.host.compareWith) ?? null;
  }

  private formatDate(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    try {
      return new Intl.DateTimeFormat(this.host.localize.lang, { dateStyle: 'long' }).format(date);
    } catch {
      return date.toISOString().slice(0, 10);
    }
  }
}

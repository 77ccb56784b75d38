// <sme-cohort-report>: the provider's view of its cohort. Data flow: assessments come in from the
// collector (`src` + `token`: collector.ts), from dropped or picked files (read in a worker: reader.ts)
// or as `entries` set by the host; the filters and the matching key turn them into the engine's
// aggregate (cohort/aggregate.ts, re-run on every change: 100,000 entries take well under a second);
// the sections render the aggregate (sections.ts, box-plot.ts, <sme-radar-chart> with the cohort's
// band) and "Download aggregate" writes it as a benchmark file. Nothing here computes a statistic.
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  aggregate,
  BENCHMARK_GROUPINGS,
  DEFAULT_MIN_GROUP_SIZE,
  toBenchmark,
  type Aggregate,
  type CohortEntry,
  type CohortFilter,
  type FileProblem,
} from '../../engine/cohort/index.js';
import type { Questionnaire } from '../../engine/model/schema.js';
import { defaultQuestionnaireForBrowser } from '../../questionnaires/default-browser.js';
import { SmeElement } from '../../internal/sme-element.js';
import { buttonStyles, fieldStyles, screenStyles, themeStyles } from '../../internal/theme.styles.js';
import type { PeerBand } from '../radar-chart/radar-chart.js';
import { download } from '../results/keep.js';
import { wrapLabel } from '../radar-chart/radar-chart.js';
import { BoxPlotController } from './box-plot.js';
import { cohortReportStyles } from './cohort-report.styles.js';
import { useCohortStrings } from './cohort-strings.js';
import { CollectorError, readCollector } from './collector.js';
import { readFiles } from './reader.js';
import {
  changeSection,
  distributionTable,
  levelsTable,
  profilesTable,
  stepsTable,
  suppressed,
  type Words,
} from './sections.js';
import { filterFields, type FilterValues, type MatchBy } from './filters.js';

const ACCEPT = '.json,.ndjson,.jsonl,.csv';

/**
 * @tagname sme-cohort-report
 * @summary The provider's report on its cohort: counts, the radar of medians with the middle half, the
 * distribution, levels, profiles, next steps and changes by dimension, filters, print and the benchmark file.
 *
 * @csspart base - The whole report.
 * @csspart sources - Where assessments are loaded: the collector's status, the drop zone, progress, problems.
 * @csspart drop-zone - The area files are dropped on, with the "Choose files" button.
 * @csspart progress - The reading progress.
 * @csspart problems - The list of files (or lines) not used, with the reason.
 * @csspart filters - The filter form.
 * @csspart field - Each filter's control.
 * @csspart summary - The counts: firms, assessments, period.
 * @csspart section - Each section of figures (radar, distribution, levels, profiles, next steps, change).
 * @csspart chart - The box plot's canvas box.
 * @csspart table - Every table.
 * @csspart suppressed - A "fewer than N firms: not shown" notice.
 * @csspart empty - The message shown while nothing is loaded or nothing matches.
 * @csspart actions - The benchmark title, "Print" and "Download aggregate".
 * @csspart button - Every button.
 *
 * @cssprop --sme-color-primary - Buttons, the box plot's boxes and the focus ring.
 * @cssprop --sme-color-peer - The cohort's median and band on the radar.
 * @cssprop --sme-color-surface-alt - The drop zone and notices.
 * @cssprop --sme-color-border - Table rules and the drop zone's outline.
 * @cssprop --sme-color-danger - Error notices.
 */
export class SmeCohortReport extends SmeElement {
  static override styles = [themeStyles, buttonStyles, fieldStyles, screenStyles, cohortReportStyles];

  /** The collector's base URL (or its `/v1/submissions` address); read with `token` when both are set. */
  @property() src = '';

  /** The collector's admin token. A property only: never an attribute, never logged. */
  @property({ attribute: false }) token = '';

  /** Assessments the host page gives directly, counted with those read from the collector and files. */
  @property({ attribute: false }) entries: CohortEntry[] = [];

  /** The questionnaire the assessments are for; default: the default questionnaire. */
  @property({ attribute: false }) questionnaire: Questionnaire | null = null;

  /** Groups and statistics over fewer firms are not shown (and not written to the benchmark); at least 3. */
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize = DEFAULT_MIN_GROUP_SIZE;

  /** Colour theme: `light` (default), `dark` or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  @state() private collectorEntries: CohortEntry[] = [];
  @state() private fileEntries: CohortEntry[] = [];
  @state() private problems: FileProblem[] = [];
  @state() private collectorState: { reading: boolean; count: number } | null = null;
  @state() private collectorError: CollectorError | null = null;
  @state() private progress: { read: number; total: number; how: string } | null = null;
  @state() private filters: FilterValues = {
    size: '',
    sector: '',
    country: '',
    profile: '',
    from: '',
    to: '',
  };
  @state() private matchBy: MatchBy = 'none';
  @state() private benchmarkTitle = '';
  @state() private dragging = false;

  private cohort: Aggregate | null = null;
  private collectorLoad: AbortController | null = null;
  private readonly boxPlot = new BoxPlotController(this);
  private readonly fallbackQuestionnaire = defaultQuestionnaireForBrowser();

  constructor() {
    super();
    useCohortStrings();
  }

  protected override textSource(): Questionnaire {
    return this.questionnaire ?? this.fallbackQuestionnaire;
  }

  /** Every assessment loaded: the host's, the collector's and the files'. */
  get allEntries(): CohortEntry[] {
    return [...this.entries, ...this.collectorEntries, ...this.fileEntries];
  }

  /** The aggregate shown (after filters and matching), as "Download aggregate" writes it. */
  get aggregate(): Aggregate | null {
    return this.cohort;
  }

  /** Reads files into the loaded set (what dropping or choosing files does); resolves when all are read. */
  async addFiles(files: Iterable<File>): Promise<void> {
    const list = [...files];
    if (list.length === 0) return;
    this.progress = { read: 0, total: list.length, how: '' };
    const reading = await readFiles(list, [this.textSource()], (read) => {
      this.progress = { ...this.progress!, read };
    });
    this.progress = { read: list.length, total: list.length, how: reading.how };
    this.fileEntries = [...this.fileEntries, ...reading.entries];
    this.problems = [...this.problems, ...reading.problems];
  }

  /** Empties the loaded set: files, the collector's assessments and the host's entries. */
  clear(): void {
    this.collectorLoad?.abort();
    this.entries = [];
    this.collectorEntries = [];
    this.fileEntries = [];
    this.problems = [];
    this.progress = null;
    this.collectorState = null;
    this.collectorError = null;
  }

  /** Reads (again) every submission from the collector. */
  async reload(): Promise<void> {
    this.collectorLoad?.abort();
    if (!this.src || !this.token) return;
    const load = (this.collectorLoad = new AbortController());
    this.collectorError = null;
    this.collectorState = { reading: true, count: 0 };
    try {
      const reading = await readCollector(
        this.src,
        this.token,
        (count) => {
          if (!load.signal.aborted) this.collectorState = { reading: true, count };
        },
        load.signal,
      );
      if (load.signal.aborted) return;
      this.collectorEntries = reading.entries;
      this.problems = [
        ...this.problems.filter((problem) => problem.file !== 'collector'),
        ...reading.problems,
      ];
      this.collectorState = { reading: false, count: reading.entries.length };
    } catch (error) {
      if (load.signal.aborted) return;
      this.collectorState = null;
      this.collectorError = error instanceof CollectorError ? error : new CollectorError('unreachable', null);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.collectorLoad?.abort();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  private closedTables: HTMLDetailsElement[] = [];

  /** On paper every table is shown: the closed ones are opened for printing, and closed again after. */
  private readonly beforePrint = (): void => {
    this.closedTables = [...this.renderRoot.querySelectorAll('details')].filter((details) => !details.open);
    for (const details of this.closedTables) details.open = true;
  };

  private readonly afterPrint = (): void => {
    for (const details of this.closedTables) details.open = false;
    this.closedTables = [];
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('token')) && this.src && this.token) void this.reload();
    // Re-aggregate only when what it depends on changed (not on every progress tick).
    const inputs = [
      'entries',
      'collectorEntries',
      'fileEntries',
      'filters',
      'matchBy',
      'minGroupSize',
      'questionnaire',
    ];
    const seen = changed as Map<PropertyKey, unknown>;
    if (!inputs.some((name) => seen.has(name))) return;
    const filter: CohortFilter = {};
    for (const field of ['size', 'sector', 'country', 'profile'] as const)
      if (this.filters[field]) filter[field] = [this.filters[field]];
    if (this.filters.from) filter.from = this.filters.from;
    if (this.filters.to) filter.to = this.filters.to;
    const entries = this.allEntries;
    this.cohort =
      entries.length === 0
        ? null
        : aggregate(entries, {
            filter,
            groupBy: BENCHMARK_GROUPINGS,
            matchBy: this.matchBy === 'none' ? null : this.matchBy,
            minGroupSize: this.minGroupSize,
            questionnaire: this.textSource().id,
          });
  }

  private words(): Words {
    return {
      t: this.t,
      q: this.q,
      number: (value, options) => this.localize.number(value, options),
      questionnaire: this.textSource(),
      minGroupSize: this.cohort?.minGroupSize ?? Math.max(3, this.minGroupSize),
    };
  }

  override render() {
    const { t } = this;
    return html`<section class="report" part="base" aria-labelledby="cohort-title" lang=${this.localize.lang}>
      <h2 id="cohort-title">${t('cohort.title')}</h2>
      <p class="muted">${t('cohort.lead', { min: this.words().minGroupSize })}</p>
      ${this.renderSources()}
      ${filterFields(
        { ...this.words(), lang: this.localize.lang },
        this.allEntries,
        this.filters,
        this.matchBy,
        (filters, matchBy) => {
          this.filters = filters;
          this.matchBy = matchBy;
        },
      )}
      ${this.renderFigures()}
      <div class="actions controls" part="actions">
        <label class="title-field">
          <span>${t('cohort.benchmarkTitle')}</span>
          <input
            class="field"
            part="field"
            type="text"
            .value=${this.benchmarkTitle}
            @input=${(event: Event) => (this.benchmarkTitle = (event.target as HTMLInputElement).value)}
          />
        </label>
        <button class="button secondary" part="button" type="button" @click=${() => window.print()}>
          ${t('cohort.print')}
        </button>
        <button
          class="button download"
          part="button"
          type="button"
          ?disabled=${!this.cohort?.all}
          @click=${this.downloadBenchmark}
        >
          ${t('cohort.download')}
        </button>
      </div>
    </section>`;
  }

  private renderSources() {
    const { t } = this;
    const number = (value: number) => this.localize.number(value);
    const error = this.collectorError;
    const errorText = !error
      ? ''
      : error.kind === 'unauthorized'
        ? t('cohort.unauthorized')
        : error.kind === 'failed'
          ? t('cohort.failed', { status: error.status })
          : t('cohort.unreachable', { url: this.src });
    return html`<section class="sources controls" part="sources" aria-labelledby="sources-title">
      <h3 id="sources-title">${t('cohort.sources')}</h3>
      ${error ? html`<p class="notice error" role="alert">${errorText}</p>` : nothing}
      <p class="collector" role="status">
        ${
          this.collectorState
            ? t(this.collectorState.reading ? 'cohort.collectorReading' : 'cohort.collectorRead', {
                count: number(this.collectorState.count),
              })
            : nothing
        }
      </p>
      <div
        class="drop ${this.dragging ? 'over' : ''}"
        part="drop-zone"
        @dragover=${(event: DragEvent) => {
          event.preventDefault();
          this.dragging = true;
        }}
        @dragleave=${() => (this.dragging = false)}
        @drop=${(event: DragEvent) => {
          event.preventDefault();
          this.dragging = false;
          void this.addFiles(event.dataTransfer?.files ?? []);
        }}
      >
        <p>${t('cohort.dropHint')}</p>
        <input
          id="files"
          class="visually-hidden"
          type="file"
          multiple
          accept=${ACCEPT}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            void this.addFiles(input.files ?? []).then(() => (input.value = ''));
          }}
        />
        <label for="files" class="button secondary" part="button">${t('cohort.choose')}</label>
      </div>
      <div class="progress" part="progress" aria-live="polite">
        ${
          this.progress
            ? html`<progress
                  max=${this.progress.total}
                  value=${this.progress.read}
                  data-how=${this.progress.how}
                  aria-label=${t('cohort.reading', { read: number(this.progress.read), total: number(this.progress.total) })}
                ></progress>
                <span
                  >${t('cohort.reading', { read: number(this.progress.read), total: number(this.progress.total) })}</span
                >`
            : nothing
        }
      </div>
      <div class="loaded">
        <p>${t('cohort.loaded', { count: number(this.allEntries.length) })}</p>
        <button
          class="button quiet"
          part="button"
          type="button"
          ?disabled=${this.allEntries.length === 0 && this.problems.length === 0}
          @click=${() => this.clear()}
        >
          ${t('cohort.clear')}
        </button>
      </div>
      ${this.problems.length > 0 ? this.renderProblems() : nothing}
    </section>`;
  }

  private renderProblems() {
    const { t } = this;
    return html`<details class="problems" part="problems" open>
      <summary>${t('cohort.problems')} (${this.localize.number(this.problems.length)})</summary>
      <ul>
        ${this.problems
          .slice(0, 200)
          .map(
            (problem) =>
              html`<li>
                <strong class="file">${problem.file}</strong>${
                  problem.line !== undefined
                    ? html` (${t('cohort.problemLine', { line: problem.line })})`
                    : nothing
                }: <span class="reason">${problem.message}</span>
              </li>`,
          )}
        ${this.problems.length > 200 ? html`<li>…</li>` : nothing}
      </ul>
    </details>`;
  }

  private renderFigures() {
    const { t } = this;
    const cohort = this.cohort;
    if (!cohort) return html`<p class="empty" part="empty">${t('cohort.empty')}</p>`;
    const words = this.words();
    const group = cohort.all;
    if (!group) {
      const kept = cohort.assessments.filteredOut > 0 && this.keptCount(cohort) === 0;
      return kept ? html`<p class="empty" part="empty">${t('cohort.emptyFiltered')}</p>` : suppressed(words);
    }
    const number = (value: number) => this.localize.number(value);
    const month = (value: string) =>
      new Intl.DateTimeFormat(this.localize.lang, {
        year: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }).format(Date.parse(`${value}-01T00:00:00Z`));
    const band: PeerBand = {
      label: t('cohort.band'),
      dimensions: Object.fromEntries(
        Object.entries(group.dimensions).map(([id, stats]) => [
          id,
          stats ? { median: stats.median, q1: stats.q1, q3: stats.q3 } : null,
        ]),
      ),
    };
    const anySuppressed = this.textSource().dimensions.some((dimension) => !group.dimensions[dimension.id]);
    return html`<dl class="summary" part="summary">
        <div>
          <dt>${t('cohort.firms')}</dt>
          <dd class="firms">${number(cohort.n)}</dd>
        </div>
        <div>
          <dt>${t('cohort.assessments')}</dt>
          <dd class="assessments">${number(cohort.assessments.counted)}</dd>
        </div>
        <div>
          <dt>${t('cohort.period')}</dt>
          <dd>
            ${cohort.period ? t('cohort.periodRange', { from: month(cohort.period.from), to: month(cohort.period.to) }) : '–'}
          </dd>
        </div>
      </dl>
      <section class="figure" part="section" aria-labelledby="radar-title">
        <h3 id="radar-title">${t('cohort.radarTitle')}</h3>
        <sme-radar-chart
          .questionnaire=${this.textSource()}
          .peers=${band}
          lang=${this.localize.lang}
        ></sme-radar-chart>
        ${anySuppressed ? suppressed(words) : nothing}
      </section>
      <section class="figure" part="section" aria-labelledby="distribution-title">
        <h3 id="distribution-title">${t('cohort.distributionTitle')}</h3>
        <div
          class="chart-box"
          part="chart"
          style="height: ${this.textSource().dimensions.length * 40 + 40}px"
        >
          <canvas role="img" aria-label=${t('cohort.distributionAlt')}></canvas>
        </div>
        <details class="table-alternative">
          <summary>${t('cohort.showTable')}</summary>
          ${distributionTable(words, group)}
        </details>
      </section>
      <section class="figure" part="section" aria-labelledby="levels-title">
        <h3 id="levels-title">${t('cohort.levelsTitle')}</h3>
        <div class="scroll">${levelsTable(words, group)}</div>
      </section>
      <section class="figure" part="section" aria-labelledby="profiles-title">
        <h3 id="profiles-title">${t('cohort.profilesTitle')}</h3>
        ${profilesTable(words, group)}
      </section>
      <section class="figure" part="section" aria-labelledby="steps-title">
        <h3 id="steps-title">${t('cohort.stepsTitle')}</h3>
        <div class="scroll">${stepsTable(words, group)}</div>
      </section>
      <section class="figure" part="section" aria-labelledby="change-title">
        <h3 id="change-title">${t('cohort.changeTitle')}</h3>
        <div class="scroll">${changeSection(words, group, this.matchBy !== 'none')}</div>
      </section>`;
  }

  /** Assessments of the report's questionnaire that pass the filters. */
  private keptCount(cohort: Aggregate): number {
    const id = this.textSource().id;
    return (
      this.allEntries.filter((entry) => entry.questionnaire.id === id).length - cohort.assessments.filteredOut
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('.chart-box canvas');
    const group = this.cohort?.all;
    if (!canvas || !group) return;
    const style = getComputedStyle(this);
    const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const primary = token('--_primary', '#1d4ed8');
    const narrow = this.clientWidth < 560;
    void this.boxPlot.render(
      canvas,
      this.textSource().dimensions.map((dimension) => ({
        label: wrapLabel(this.q(dimension.shortTitle ?? dimension.title), narrow ? 14 : 24),
        stats: group.dimensions[dimension.id] ?? null,
      })),
      {
        box: primary,
        boxFill: /^#[0-9a-f]{6}$/i.test(primary) ? `${primary}40` : 'rgba(29, 78, 216, 0.25)',
        median: token('--_text', '#1b2230'),
        whisker: token('--_muted', '#4a5466'),
        text: token('--_text', '#1b2230'),
        grid: token('--_border', '#c3ccd8'),
      },
      this.localize.lang,
    );
  }

  private readonly downloadBenchmark = (): void => {
    if (!this.cohort?.all) return;
    const title = this.benchmarkTitle.trim();
    const benchmark = toBenchmark(this.cohort, title ? { title } : {});
    const date = benchmark.createdAt.slice(0, 10);
    download(
      this.renderRoot,
      `${JSON.stringify(benchmark, null, 2)}\n`,
      'application/json',
      `benchmark-${date}.json`,
    );
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-cohort-report': SmeCohortReport;
  }
}

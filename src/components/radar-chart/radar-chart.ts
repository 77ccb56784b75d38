// The radar of dimension scores, with a table of the same numbers as its text alternative. One result,
// or several to compare (the first is the current one). chart.js is loaded only when this element first
// renders (see ChartController); its colours come from the theme's custom properties.
import { css, html, nothing, type PropertyValues } from 'lit';
import { SmeResultsElement } from '../../internal/results-element.js';
import { property, state } from 'lit/decorators.js';
import { compareResults } from '../../engine/formats/report.js';
import { compile } from '../../engine/model/compile.js';
import type { DimensionResult, Result } from '../../engine/scoring/result.js';
import type { Questionnaire } from '../../engine/model/schema.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { ChartController, type RadarConfig } from './chart-controller.js';

/** Splits a label into lines of about `width` characters, so axis labels fit on a phone. */
export function wrapLabel(label: string, width: number): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Peers' median and middle half per dimension, with the words for the legend and the table column. */
export interface PeerBand {
  label: string;
  dimensions: Record<string, { median: number; q1: number; q3: number } | null>;
}

/** A result's entry for a dimension (an earlier result may come from another version of the questionnaire). */
function dimensionOf(result: Result, id: string): DimensionResult | undefined {
  return result.dimensions.find((each) => each.id === id);
}

/** The colour at 18% opacity for the fill (canvas needs a plain colour, not color-mix()). */
function translucent(colour: string): string {
  if (/^#[0-9a-f]{6}$/i.test(colour)) return `${colour}2e`;
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  return rgb ? `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, 0.18)` : 'transparent';
}

/**
 * @tagname sme-radar-chart
 * @summary A radar chart of dimension scores (0–100), with a table of the same numbers.
 *
 * @csspart chart - The figure around the chart.
 * @csspart canvas - The chart's canvas.
 * @csspart table - The table of scores.
 *
 * @cssprop --sme-color-primary - The current result's line and fill.
 * @cssprop --sme-color-compare - The earlier result's line.
 * @cssprop --sme-color-text - Labels.
 * @cssprop --sme-color-border - Grid lines.
 */
export class SmeRadarChart extends SmeResultsElement {
  // On paper the chart is an image (canvas output is not reliably printed) and the table is shown;
  // `!important` on the canvas because chart.js sets its display itself.
  static override styles = [
    themeStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      figure {
        margin: 0;
      }
      .box {
        position: relative;
        width: 100%;
        max-width: 540px;
        margin: 0 auto;
        aspect-ratio: 1 / 1;
      }
      canvas {
        display: block;
      }
      .status {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        color: var(--_muted);
      }
      details {
        margin-top: 0.75em;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        gap: 0.5em 1.5em;
        margin: 0.5em 0 0;
        padding: 0;
        list-style: none;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 0.5em;
      }
      .swatch {
        width: 2em;
        border-top: 3px solid var(--_primary);
      }
      .swatch.peers {
        border-top: 3px dotted var(--_peer);
        box-shadow: 0 4px 0 0 var(--_peer-band);
      }
      .swatch.earlier {
        border-top: 3px dashed var(--_compare);
      }
      summary {
        min-height: 44px;
        display: flex;
        align-items: center;
        cursor: pointer;
        color: var(--_primary);
        font-weight: 600;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.94em;
      }
      caption {
        text-align: start;
        color: var(--_muted);
        padding-bottom: 0.35em;
      }
      th,
      td {
        padding: 0.4em 0.5em;
        border-bottom: 1px solid var(--_border);
        text-align: start;
      }
      td.number {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .print-image {
        display: none;
      }
      @media print {
        .print-image {
          display: block;
          width: 11cm;
          max-width: 100%;
          margin: 0 auto;
        }
        canvas,
        .status,
        summary {
          display: none !important;
        }
        .box {
          aspect-ratio: auto;
          break-inside: avoid;
        }
      }
    `,
  ];

  /** The results to draw: the first is the current one, the others are drawn for comparison. */
  @property({ attribute: false }) results: Result[] = [];

  /**
   * Peers to draw behind the results (a benchmark's group): their median as a dashed line and their
   * middle half (first to third quartile) as a band, by dimension id; shown in the table as a column.
   */
  @property({ attribute: false }) peers: PeerBand | null = null;

  /** Names of the results in the legend and table; defaults to "This assessment", "Earlier assessment". */
  @property({ attribute: false }) seriesLabels: string[] = [];

  /** The questionnaire the results belong to (for the dimension names). */
  @property({ attribute: false }) questionnaire: Questionnaire | null = null;

  /** Shorthand for one result. */
  set result(result: Result | null) {
    this.results = result ? [result] : [];
  }
  get result(): Result | null {
    return this.results[0] ?? null;
  }

  private readonly chart = new ChartController(this);
  private resizeObserver: ResizeObserver | null = null;
  private width = 0;

  protected override textSource(): Questionnaire | null {
    return this.questionnaire;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Label wrapping depends on the width the host gives us; redraw when it changes a lot.
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (Math.abs(width - this.width) > 40) {
        this.width = width;
        this.requestUpdate();
      }
    });
    this.resizeObserver.observe(this);
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  @state() private printImage = '';
  private tableWasOpen = false;

  /** Before printing: the chart as an image, and the table open. Lit renders it before the page is laid out. */
  private readonly beforePrint = (): void => {
    const canvas = this.renderRoot.querySelector('canvas');
    const details = this.renderRoot.querySelector('details');
    try {
      if (canvas && this.chart.drawn) this.printImage = canvas.toDataURL('image/png');
    } catch {
      this.printImage = '';
    }
    if (details) {
      this.tableWasOpen = details.open;
      details.open = true;
    }
  };

  private readonly afterPrint = (): void => {
    this.printImage = '';
    const details = this.renderRoot.querySelector('details');
    if (details) details.open = this.tableWasOpen;
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  /** True once chart.js has drawn the chart. */
  get drawn(): boolean {
    return this.chart.drawn;
  }

  private seriesLabel(index: number): string {
    return this.seriesLabels[index] ?? this.localize.t(index === 0 ? 'chart.current' : 'chart.previous');
  }

  override render() {
    const { questionnaire } = this;
    // A cohort's radar has peers and no result of its own (<sme-cohort-report>).
    if (!questionnaire || (this.results.length === 0 && !this.peers)) return nothing;
    const { t } = this;
    return html`<figure part="chart">
      <div class="box">
        <canvas part="canvas" role="img" aria-label=${t('chart.alt')}></canvas>
        ${this.printImage ? html`<img class="print-image" src=${this.printImage} alt=${t('chart.alt')} />` : nothing}
        ${
          this.chart.failed
            ? html`<p class="status">${t('chart.failed')}</p>`
            : this.chart.drawn
              ? nothing
              : html`<p class="status">${t('chart.loading')}</p>`
        }
      </div>
      ${
        this.results.length > 1 || this.peers
          ? html`<ul class="legend">
              ${this.results.map(
                (_, index) =>
                  html`<li>
                    <span class="swatch ${index === 0 ? 'current' : 'earlier'}" aria-hidden="true"></span
                    >${this.seriesLabel(index)}
                  </li>`,
              )}
              ${
                this.peers
                  ? html`<li><span class="swatch peers" aria-hidden="true"></span>${this.peers.label}</li>`
                  : nothing
              }
            </ul>`
          : nothing
      }
      <details>
        <summary>${t('chart.showTable')}</summary>
        ${this.renderTable()}
      </details>
    </figure>`;
  }

  private renderTable() {
    const questionnaire = this.questionnaire!;
    const definitions = compile(questionnaire);
    const { t, q } = this;
    // The change column: the engine's comparison, the same numbers as the results' change list.
    const changes = new Map(
      this.results.length === 2
        ? compareResults(this.results[0]!, this.results[1]!)
            .filter((change) => change.kind === 'dimension')
            .map((change) => [change.id, change.change])
        : [],
    );
    return html`<table part="table">
      <caption>
        ${t('chart.tableCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('chart.dimension')}</th>
          <th scope="col">${t('chart.area')}</th>
          ${this.results.map((_, index) => html`<th scope="col">${this.seriesLabel(index)}</th>`)}
          ${this.results.length === 2 ? html`<th scope="col">${t('history.change')}</th>` : nothing}
          ${this.peers ? html`<th scope="col">${this.peers.label}</th>` : nothing}
          ${this.results.length > 0 ? html`<th scope="col">${t('chart.level')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${questionnaire.dimensions.map((dimension) => {
          const level = this.results[0] ? dimensionOf(this.results[0], dimension.id)?.level : undefined;
          return html`<tr>
            <th scope="row">${q(dimension.title)}</th>
            <td>${q(definitions.area(dimension.area)?.title)}</td>
            ${this.results.map((result) => {
              const value = dimensionOf(result, dimension.id)?.score ?? null;
              return html`<td class="number">${value === null ? '–' : this.localize.number(value)}</td>`;
            })}
            ${this.results.length === 2 ? this.renderChange(changes.get(dimension.id) ?? null) : nothing}
            ${this.peers ? this.renderPeers(this.peers.dimensions[dimension.id] ?? null) : nothing}
            ${this.results.length > 0 ? html`<td>${q(definitions.level(level)?.label) || '–'}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  /** The peers' median and middle half of a dimension: "55 (45–63)", or "–" where suppressed. */
  private renderPeers(band: { median: number; q1: number; q3: number } | null) {
    const number = (value: number) => this.localize.number(Math.round(value));
    return html`<td class="number peers">
      ${band ? `${number(band.median)} (${number(band.q1)}–${number(band.q3)})` : '–'}
    </td>`;
  }

  /** The change of a dimension's score from the earlier result to this one: +12, −3. */
  private renderChange(change: number | null) {
    return html`<td class="number change">
      ${change === null ? '–' : this.localize.number(change, { signDisplay: 'exceptZero' })}
    </td>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const canvas = this.renderRoot.querySelector('canvas');
    if (canvas && this.questionnaire && (this.results.length > 0 || this.peers))
      void this.chart.render(canvas, this.config());
  }

  private config(): RadarConfig {
    const questionnaire = this.questionnaire!;
    const style = getComputedStyle(this);
    const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const primary = token('--_primary', '#1d4ed8');
    const compare = token('--_compare', '#b45309');
    const text = token('--_text', '#1b2230');
    const grid = token('--_border', '#c3ccd8');
    const narrow = (this.width || this.clientWidth) < 480;
    const labels = questionnaire.dimensions.map((dimension) =>
      wrapLabel(this.localize.q(dimension.shortTitle ?? dimension.title), narrow ? 11 : 18),
    );
    const datasets: RadarConfig['data']['datasets'] = this.results.map((result, index) => {
      const colour = index === 0 ? primary : compare;
      return {
        label: this.seriesLabel(index),
        data: questionnaire.dimensions.map((dimension) => dimensionOf(result, dimension.id)?.score ?? null),
        borderColor: colour,
        backgroundColor: index === 0 ? translucent(colour) : 'transparent',
        pointBackgroundColor: colour,
        borderWidth: 2,
        borderDash: index === 0 ? [] : [6, 4],
        fill: index === 0,
        spanGaps: true,
      };
    });
    if (this.peers) {
      // Behind the results: the band between the peers' third and first quartile, then their median.
      const peer = token('--_peer', '#6b7280');
      const value = (key: 'median' | 'q1' | 'q3') =>
        questionnaire.dimensions.map((dimension) => this.peers!.dimensions[dimension.id]?.[key] ?? null);
      const edge = { borderWidth: 0, pointRadius: 0, spanGaps: true, borderColor: 'transparent' };
      datasets.push(
        {
          ...edge,
          label: `${this.peers.label} Q3`,
          data: value('q3'),
          backgroundColor: translucent(peer),
          fill: '+1',
          pointBackgroundColor: 'transparent',
          borderDash: [],
        },
        {
          ...edge,
          label: `${this.peers.label} Q1`,
          data: value('q1'),
          backgroundColor: 'transparent',
          fill: false,
          pointBackgroundColor: 'transparent',
          borderDash: [],
        },
        {
          label: this.peers.label,
          data: value('median'),
          borderColor: peer,
          backgroundColor: 'transparent',
          pointBackgroundColor: peer,
          borderWidth: 2,
          borderDash: [2, 3],
          fill: false,
          spanGaps: true,
        },
      );
    }
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    return {
      type: 'radar',
      data: { labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 400 },
        locale: this.localize.lang,
        scales: {
          r: {
            min: 0,
            max: 100,
            ticks: { stepSize: 25, backdropColor: 'transparent', color: text, font: { size: 10 } },
            grid: { color: grid },
            angleLines: { color: grid },
            pointLabels: { color: text, font: { size: narrow ? 10 : 12 } },
          },
        },
      },
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-radar-chart': SmeRadarChart;
  }
}

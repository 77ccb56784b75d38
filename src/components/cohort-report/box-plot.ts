// The distribution of each dimension's scores as a box plot drawn with chart.js: for each dimension a
// thin bar from the lowest to the highest score (the whiskers), a box over the middle half (first to
// third quartile) and a short mark at the median; a suppressed dimension has none. BoxPlotController
// owns the chart.js instance (loaded on first use, redrawn when the rows change, destroyed on
// disconnect), as radar-chart/chart-controller.ts does for the radar.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart } from 'chart.js';
import type { Stats } from '../../engine/cohort/index.js';
import type { BoxPlotConfig } from './box-plot-setup.js';

export interface BoxPlotRow {
  label: string | string[];
  stats: Pick<Stats, 'min' | 'q1' | 'median' | 'q3' | 'max'> | null;
}

export interface BoxPlotColours {
  box: string;
  boxFill: string;
  median: string;
  whisker: string;
  text: string;
  grid: string;
}

type SetupModule = typeof import('./box-plot-setup.js');
let setup: Promise<SetupModule> | undefined;

export class BoxPlotController implements ReactiveController {
  private chart: Chart<'bar', ([number, number] | null)[], string | string[]> | null = null;
  private pending = 0;
  failed = false;
  drawn = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  async render(canvas: HTMLCanvasElement, rows: BoxPlotRow[], colours: BoxPlotColours, locale: string) {
    const ticket = (this.pending += 1);
    let module: SetupModule;
    try {
      module = await (setup ??= import('./box-plot-setup.js'));
    } catch (error) {
      console.warn('sme-readiness: chart.js could not be loaded.', error);
      this.failed = true;
      this.host.requestUpdate();
      return;
    }
    if (ticket !== this.pending || !canvas.isConnected) return;
    this.chart?.destroy();
    try {
      this.chart = module.boxPlotChart(canvas, config(rows, colours, locale));
    } catch (error) {
      console.warn('sme-readiness: the box plot could not be drawn.', error);
      this.chart = null;
      this.failed = true;
      this.host.requestUpdate();
      return;
    }
    if (!this.drawn) {
      this.drawn = true;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.pending += 1;
    this.chart?.destroy();
    this.chart = null;
    this.drawn = false;
  }
}

function config(rows: BoxPlotRow[], colours: BoxPlotColours, locale: string): BoxPlotConfig {
  const span = (pick: (stats: NonNullable<BoxPlotRow['stats']>) => [number, number]) =>
    rows.map((row) => (row.stats ? pick(row.stats) : null));
  // chart.js draws the first dataset on top: the median mark, then the box, then the whiskers.
  const bar = { grouped: false, borderSkipped: false as const, categoryPercentage: 1 };
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => row.label),
      datasets: [
        {
          ...bar,
          label: 'median',
          data: span((stats) => [Math.max(0, stats.median - 0.6), Math.min(100, stats.median + 0.6)]),
          backgroundColor: colours.median,
          barPercentage: 0.8,
        },
        {
          ...bar,
          label: 'q1-q3',
          data: span((stats) => [stats.q1, Math.max(stats.q3, stats.q1 + 0.5)]),
          backgroundColor: colours.boxFill,
          borderColor: colours.box,
          borderWidth: 2,
          barPercentage: 0.6,
        },
        {
          ...bar,
          label: 'min-max',
          data: span((stats) => [stats.min, Math.max(stats.max, stats.min + 0.5)]),
          backgroundColor: colours.whisker,
          barPercentage: 0.08,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale,
      events: [],
      scales: {
        x: {
          min: 0,
          max: 100,
          ticks: { stepSize: 25, color: colours.text },
          grid: { color: colours.grid },
        },
        y: { ticks: { color: colours.text, autoSkip: false }, grid: { display: false } },
      },
    },
  };
}

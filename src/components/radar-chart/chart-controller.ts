// Owns the chart.js instance of <sme-radar-chart>: loads chart.js on first use (a dynamic import, so the
// questionnaire never pays for it), creates the chart after the canvas is rendered, updates it when the
// data or the language change, and destroys it when the element leaves the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart as ChartType, ChartConfiguration } from 'chart.js';

type ChartModule = typeof import('./chart-setup.js');

let chartModule: Promise<ChartModule> | undefined;

/** chart.js with only the radar's parts registered; loaded once per page. */
export function loadChart(): Promise<ChartModule> {
  chartModule ??= import('./chart-setup.js');
  return chartModule;
}

export type RadarConfig = ChartConfiguration<'radar', (number | null)[], string | string[]>;

export class ChartController implements ReactiveController {
  private chart: ChartType<'radar', (number | null)[], string | string[]> | null = null;
  private readonly host: ReactiveControllerHost;
  private pending = 0;
  /** Set when chart.js failed to load, so the element can say so (the table still has the numbers). */
  failed = false;
  /** True once the chart has been drawn. */
  drawn = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Draws or redraws the chart into `canvas` with `config`. */
  async render(canvas: HTMLCanvasElement, config: RadarConfig): Promise<void> {
    const ticket = (this.pending += 1);
    let module: ChartModule;
    try {
      module = await loadChart();
    } catch (error) {
      console.warn('sme-readiness: chart.js could not be loaded.', error);
      this.failed = true;
      this.host.requestUpdate();
      return;
    }
    // A newer render started while chart.js was loading, or the element left the page.
    if (ticket !== this.pending || !canvas.isConnected) return;
    // Redraws (new data, language, width) replace the chart rather than patch its options in place,
    // which left chart.js half-updated; only the first drawing animates.
    const redraw = this.chart !== null;
    this.chart?.destroy();
    try {
      this.chart = module.radarChart(
        canvas,
        redraw ? { ...config, options: { ...config.options, animation: false } } : config,
      );
    } catch (error) {
      console.warn('sme-readiness: the radar chart could not be drawn.', error);
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

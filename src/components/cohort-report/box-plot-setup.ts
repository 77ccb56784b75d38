// chart.js, tree-shaken to what the cohort's box plot needs (horizontal floating bars on a category and
// a linear scale). Imported only through BoxPlotController's dynamic import, so the report's first
// paint does not wait for chart.js; registration in a function, as in radar-chart/chart-setup.ts.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  type ChartConfiguration,
} from 'chart.js';

let registered = false;

export type BoxPlotConfig = ChartConfiguration<'bar', ([number, number] | null)[], string | string[]>;

export function boxPlotChart(canvas: HTMLCanvasElement, config: BoxPlotConfig) {
  if (!registered) {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale);
    registered = true;
  }
  return new Chart<'bar', ([number, number] | null)[], string | string[]>(canvas, config);
}

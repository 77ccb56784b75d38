// chart.js, tree-shaken to what a radar needs. Imported only through ChartController's dynamic import.
// No Tooltip or Legend plugin: the table under the chart gives every number and names every series,
// which keeps this chunk (the largest one) smaller. Registration happens in a function the controller
// calls, not at import: bundlers drop top-level calls of modules marked free of side effects.
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';

let registered = false;

export function radarChart(
  ...args: ConstructorParameters<typeof Chart<'radar', (number | null)[], string | string[]>>
) {
  if (!registered) {
    // Controllers, scales and elements must be registered; they only add to what a page's own Chart.js
    // can draw. The fill plugin is passed to our charts alone, so a host's charts are left as they were.
    Chart.register(RadarController, RadialLinearScale, PointElement, LineElement);
    registered = true;
  }
  const [item, config] = args;
  return new Chart<'radar', (number | null)[], string | string[]>(item, {
    ...config,
    plugins: [...(config.plugins ?? []), Filler],
  });
}

// chart.js, tree-shaken to what a radar needs. Imported only through ChartController's dynamic import.
// No Tooltip or Legend plugin: the table under the chart gives every number and names every series,
// which keeps this chunk (the largest one) smaller.
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export { Chart };

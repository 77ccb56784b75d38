// Registers <sme-radar-chart>. Importing `sme-readiness/components/radar-chart` does it; calling
// defineRadarChart() again, or after another copy registered it, is harmless (internal/define.ts).
import { define } from '../../internal/define.js';
import { SmeRadarChart } from './radar-chart.js';

export function defineRadarChart(): void {
  define('sme-radar-chart', SmeRadarChart);
}

defineRadarChart();

export { SmeRadarChart };

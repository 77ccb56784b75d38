// Registers <sme-cohort-report> and the radar it renders. Importing `sme-readiness/components/cohort-report`
// does it; calling defineCohortReport() again, or after another copy registered it, is harmless
// (internal/define.ts).
import { define } from '../../internal/define.js';
import { defineRadarChart } from '../radar-chart/radar-chart.define.js';
import { SmeCohortReport } from './cohort-report.js';

export function defineCohortReport(): void {
  defineRadarChart();
  define('sme-cohort-report', SmeCohortReport);
}

defineCohortReport();

export { SmeCohortReport };

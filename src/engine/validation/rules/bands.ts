// Bands (score levels, index levels) must tile their range with no gap and no overlap.
import type { PathSegment } from '../../model/problems.js';
import type { Report } from './context.js';

/** Bands must tile [start, end): sorted by min, each starting where the previous ended. */
export function checkBands(
  bands: readonly { min: number; max: number }[],
  start: number,
  end: number,
  path: PathSegment[],
  report: Report,
  shown: (value: number) => number,
): void {
  const order = bands.map((band, index) => ({ ...band, index })).sort((a, b) => a.min - b.min);
  let expected = start;
  for (const band of order) {
    if (band.min >= band.max) {
      report([...path, band.index], 'invalid_bounds', `"max" must be greater than "min".`);
      continue;
    }
    if (band.min > expected)
      report([...path, band.index, 'min'], 'level_gap', `Nothing covers ${expected} to ${shown(band.min)}.`);
    if (band.min < expected)
      report(
        [...path, band.index, 'min'],
        'level_overlap',
        `Overlaps the band below it (which ends at ${shown(expected)}).`,
      );
    expected = Math.max(expected, band.max);
  }
  if (expected < end) report(path, 'level_gap', `Nothing covers ${shown(expected)} to ${shown(end)}.`);
  if (expected > end) report(path, 'level_overlap', `Bands reach beyond ${shown(end)}.`);
}

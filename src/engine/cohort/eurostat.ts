// The firm's Digital Intensity Index beside Eurostat's national figure. Eurostat's survey covers
// enterprises with 10 or more persons employed, so a small firm (10–49) is compared with small
// enterprises, a medium one with medium enterprises, and others (micro, large, not said) with all SMEs
// (10–249), and the population is always returned with the figure, so the sentence can say it. A
// country without a figure gets null: no EU figure is ever passed off as a national one.
import { EUROSTAT_DII, EUROSTAT_DII_SOURCE, type DiiFigure, type SizeClass } from './eurostat-data.js';

export { EUROSTAT_DII, EUROSTAT_DII_SOURCE, type DiiFigure, type SizeClass };

export interface DiiComparison extends DiiFigure {
  /** ISO 3166 alpha-2, or `EU`. */
  country: string;
  sizeClass: SizeClass;
  source: { publisher: string; dataset: string; url: string };
}

const SIZE_CLASS: Record<string, SizeClass> = { small: '10-49', medium: '50-249' };

/** Eurostat's latest "at least basic" share for `country` (ISO 3166 alpha-2) and the firm's size band, or null. */
export function diiAtLeastBasic(country: string, size: string | null = null): DiiComparison | null {
  const figures = EUROSTAT_DII[country.toUpperCase()];
  if (!figures) return null;
  const wanted = (size && SIZE_CLASS[size]) || '10-249';
  const sizeClass = figures[wanted] ? wanted : '10-249';
  const figure = figures[sizeClass];
  if (!figure) return null;
  return {
    ...figure,
    country: country.toUpperCase(),
    sizeClass,
    source: {
      publisher: EUROSTAT_DII_SOURCE.publisher,
      dataset: EUROSTAT_DII_SOURCE.dataset,
      url: EUROSTAT_DII_SOURCE.url,
    },
  };
}

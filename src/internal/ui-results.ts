// The English UI strings of the results screen (results, chart, next steps, keep and share, history):
// bundled with the results elements instead of the first load. Every results element calls
// `useResultsStrings()` before it renders, so they are there however the element was loaded. Cut from
// locales/en/ui.json by `npm run generate` (into generated/ui/).
import english from '../../generated/ui/en.ui-results.json';
import { getI18n } from './i18n.js';

let added = false;

export function useResultsStrings(): void {
  if (added) return;
  added = true;
  getI18n().addResourceBundle('en', 'ui', english, true, false);
}

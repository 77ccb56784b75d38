// The English UI strings of the cohort report (the `cohort` section of locales/en/ui.json), bundled with
// the report rather than with the SME's widget: a provider's page loads them, an SME's never does. Cut
// from locales/en/ui.json by `npm run generate` (into generated/ui/). Other languages come whole with
// their locales/<lang>/ui.json (internal/i18n.ts).
import english from '../../../generated/ui/en.ui-cohort.json';
import { getI18n } from '../../internal/i18n.js';

let added = false;

export function useCohortStrings(): void {
  if (added) return;
  added = true;
  getI18n().addResourceBundle('en', 'ui', english, true, false);
}

// What <sme-results> shows only for a page that gives a provider profile or a submit URL, loaded only
// then: the matching (engine provider/match.ts), the words around the matched services (offers.ts)
// and the "Send my results" element. Pages without a provider never download any of it.
import type { AssessmentRecord } from '../../engine/formats/assessment.js';
import type { Questionnaire } from '../../engine/model/schema.js';
import { matchServices } from '../../engine/provider/match.js';
import type { Provider } from '../../engine/provider/schema.js';
import type { LocalizeController } from '../../internal/i18n.js';
import { defineSendResults } from '../send-results/send-results.define.js';
import { helpLines, offerPanel, type HelpLine } from './offers.js';

defineSendResults();

/** The provider's services for this record, in words: under the steps, and the offer section. */
export function providerOffer(
  record: AssessmentRecord,
  questionnaire: Questionnaire,
  provider: Provider,
  localize: LocalizeController,
): { help: Record<string, HelpLine[]>; panel: unknown } {
  const matches = matchServices(record.result, questionnaire, provider, {
    now: Date.now(),
    answers: record.answers,
  });
  return { help: helpLines(provider, matches, localize), panel: offerPanel(provider, matches, localize) };
}

export { defineSendResults };

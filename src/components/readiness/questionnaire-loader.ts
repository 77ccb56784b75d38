// Loads the questionnaire <sme-readiness> runs: the `questionnaire` property (validated), else the
// `questionnaire-src` URL (fetched with a timeout, refused when it answers HTML or an error status,
// then validated), else the default one (validated by the test suite, so the validator and zod are not
// loaded for it). Then the texts the first screens need, in the element's language. Every load takes a
// ticket: when a newer load starts (the attributes changed), the older one's outcome is dropped.
// Outcomes are data: the questionnaire, or the `sme-error` detail the element shows and fires.
import type { Problem } from '../../engine/model/problems.js';
import type { Questionnaire } from '../../engine/model/schema.js';
import type { SmeErrorDetail } from '../../internal/events.js';
import { loadQuestionnaireTexts } from '../../internal/i18n.js';

export interface QuestionnaireSource {
  /** A definition object (validated), or null. */
  readonly questionnaire: unknown;
  /** A URL to fetch it from, or ''. */
  readonly src: string;
  /** How long, in milliseconds, the URL may take. */
  readonly timeout: number;
}

export type LoadOutcome = { questionnaire: Questionnaire } | { error: SmeErrorDetail };

export class QuestionnaireLoader {
  private ticket = 0;

  /**
   * Loads from `source`, then the texts in `languageOf(questionnaire)`. Resolves with the outcome and a
   * check that stays true while no newer load has started (the caller may await more before using it).
   */
  async load(
    source: QuestionnaireSource,
    languageOf: (questionnaire: Questionnaire) => string,
  ): Promise<{ outcome: LoadOutcome; current: () => boolean }> {
    const ticket = (this.ticket += 1);
    const current = () => ticket === this.ticket;
    let outcome: LoadOutcome;
    try {
      outcome = await fetchQuestionnaire(source);
    } catch (error) {
      outcome = { error: errorDetail('questionnaire-load', String(error), null, []) };
    }
    if ('questionnaire' in outcome && current())
      await loadQuestionnaireTexts(outcome.questionnaire, languageOf(outcome.questionnaire));
    return { outcome, current };
  }
}

async function fetchQuestionnaire(source: QuestionnaireSource): Promise<LoadOutcome> {
  // A provider's own questionnaire (object or URL) is fetched and validated by a module of its own, so
  // pages with the default one never download that code (nor the validator and zod).
  if ((source.questionnaire !== null && source.questionnaire !== undefined) || source.src)
    return (await import('./custom-questionnaire.js')).customQuestionnaire(source);
  const module = await import('../../questionnaires/default-browser.js');
  return { questionnaire: module.defaultQuestionnaireForBrowser() };
}

export function errorDetail(
  code: string,
  message: string,
  source: string | null,
  problems: Problem[],
): SmeErrorDetail {
  return { code, message, source, problems };
}

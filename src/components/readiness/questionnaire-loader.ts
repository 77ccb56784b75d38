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
  if (source.questionnaire !== null && source.questionnaire !== undefined)
    return validated(source.questionnaire, null);
  if (source.src) {
    const { src, timeout } = source;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      const response = await fetch(src, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok)
        return fetchError(src, `the server answered ${response.status} ${response.statusText}`.trim());
      const text = await response.text();
      if (/^\s*</.test(text)) return fetchError(src, 'it returned an HTML page, not a JSON questionnaire');
      return validated(text, src);
    } catch (error) {
      const reason = controller.signal.aborted
        ? `no answer within ${timeout / 1000} seconds`
        : error instanceof Error
          ? error.message
          : String(error);
      return fetchError(src, reason);
    } finally {
      clearTimeout(timer);
    }
  }
  const module = await import('../../questionnaires/default-browser.js');
  return { questionnaire: module.defaultQuestionnaireForBrowser() };
}

async function validated(input: unknown, source: string | null): Promise<LoadOutcome> {
  const { validateQuestionnaire } = await import('../../engine/validation/validate.js');
  const validation = validateQuestionnaire(input);
  if (validation.ok) return { questionnaire: validation.value };
  const count = validation.problems.length;
  return {
    error: errorDetail(
      'questionnaire-invalid',
      `The questionnaire${source ? ` at ${source}` : ''} is not valid: ${count} problem${count === 1 ? '' : 's'}.`,
      source,
      validation.problems,
    ),
  };
}

function fetchError(source: string, reason: string): LoadOutcome {
  return {
    error: errorDetail(
      'questionnaire-fetch',
      `The questionnaire could not be loaded from ${source}: ${reason}.`,
      source,
      [],
    ),
  };
}

export function errorDetail(
  code: string,
  message: string,
  source: string | null,
  problems: Problem[],
): SmeErrorDetail {
  return { code, message, source, problems };
}

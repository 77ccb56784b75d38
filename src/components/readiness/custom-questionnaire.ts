// A provider's own questionnaire for <sme-readiness>: the `questionnaire` property, or the
// `questionnaire-src` URL (fetched with a timeout, refused when it answers HTML or an error status),
// validated by the engine. Loaded only when a page gives one (questionnaire-loader.ts).
import { errorDetail, type LoadOutcome, type QuestionnaireSource } from './questionnaire-loader.js';
import { fetchDefinition } from './fetch-definition.js';

export async function customQuestionnaire(source: QuestionnaireSource): Promise<LoadOutcome> {
  if (source.questionnaire !== null && source.questionnaire !== undefined)
    return validated(source.questionnaire, null);
  const fetched = await fetchDefinition(source.src, source.timeout, 'a JSON questionnaire');
  if ('reason' in fetched)
    return {
      error: errorDetail(
        'questionnaire-fetch',
        `The questionnaire could not be loaded from ${source.src}: ${fetched.reason}.`,
        source.src,
        [],
      ),
    };
  return validated(fetched.text, source.src);
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

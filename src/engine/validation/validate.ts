// validateQuestionnaire(): unknown input → the typed questionnaire, or every problem found at once.
//
// Three passes, each only when the previous one passed: (1) the input is JSON-like and not absurdly deep
// (input.ts), (2) its shape matches the zod schema (shape.ts turns zod's issues into our paths, codes and
// English messages), (3) the rules that span fields (rules/): unique ids, references, asking order of
// conditions, level bands, scorable dimensions, safe URLs and text keys present in every locale. It
// never throws.
import type { Problem } from '../model/problems.js';
import { QuestionnaireSchema, type Questionnaire } from '../model/schema.js';
import { isSafeUrl } from '../model/url.js';
import { readInput } from './input.js';
import { ruleProblems } from './rules/index.js';
import { shapeProblems } from './shape.js';

export { isSafeUrl };
export { lookupText, textKeys } from '../model/texts.js';

export type ValidationResult = { ok: true; value: Questionnaire } | { ok: false; problems: Problem[] };

/** Validates a questionnaire definition: an object, or its JSON text. */
export function validateQuestionnaire(input: unknown): ValidationResult {
  try {
    return validate(input);
  } catch (error) {
    // Nothing above should throw; if a host hands us an exotic object (a throwing getter, a Proxy), say so.
    return {
      ok: false,
      problems: [{ path: '', code: 'unreadable', message: `The input could not be read: ${String(error)}` }],
    };
  }
}

function validate(input: unknown): ValidationResult {
  const read = readInput(input, 'definition');
  if (!read.ok) return read;
  const parsed = QuestionnaireSchema.safeParse(read.value);
  if (!parsed.success)
    return { ok: false, problems: shapeProblems(parsed.error.issues, read.value, QuestionnaireSchema) };
  const problems = ruleProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

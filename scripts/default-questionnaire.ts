// The complete default questionnaire, put together from its sources: the structure (areas, questions,
// scoring, text keys; `texts: {}`) in src/questionnaires/default.json, and the texts of each language it
// declares in `locales` in locales/<lang>/questionnaire.json (English, the default locale, included).
// For Node only: scripts/generate.ts (generated/questionnaire/default.json, which
// src/questionnaires/default.ts exports), scripts/full-questionnaire.ts (the published
// dist/questionnaires/default.json), the bench and the tests that read the sources.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Questionnaire, TextResource } from '../src/engine/model/schema.js';
import { validateQuestionnaire } from '../src/engine/validation/validate.js';

export const STRUCTURE_FILE = 'src/questionnaires/default.json';
export const textsFile = (lang: string) => join('locales', lang, 'questionnaire.json');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The structure, as written (not validated: without its texts it is not a complete questionnaire). */
export function readStructure(): Questionnaire {
  return readJson(STRUCTURE_FILE) as Questionnaire;
}

/** One language's texts of the default questionnaire. */
export function readTexts(lang: string): TextResource {
  return readJson(textsFile(lang)) as TextResource;
}

/**
 * The structure with the texts of `languages` (default: every language it declares), validated. Throws
 * when it is invalid, or when `locales` and the locales/<lang>/questionnaire.json files disagree.
 */
export function readDefaultQuestionnaire(languages?: readonly string[]): Questionnaire {
  const structure = readStructure();
  const files = readdirSync('locales').filter((lang) => existsSync(textsFile(lang)));
  const undeclared = files.filter((lang) => !structure.locales.includes(lang));
  const missing = structure.locales.filter((lang) => !files.includes(lang));
  if (undeclared.length > 0 || missing.length > 0)
    throw new Error(
      `${STRUCTURE_FILE} declares the locales ${structure.locales.join(', ')}, but ` +
        [
          missing.length > 0 ? `${missing.map(textsFile).join(', ')} is missing` : '',
          undeclared.length > 0 ? `${undeclared.map(textsFile).join(', ')} is not declared` : '',
        ]
          .filter(Boolean)
          .join(' and '),
    );
  const locales = languages ?? structure.locales;
  const questionnaire: Questionnaire = {
    ...structure,
    locales: [...locales],
    texts: Object.fromEntries(locales.map((lang) => [lang, readTexts(lang)])),
  };
  const validation = validateQuestionnaire(questionnaire);
  if (!validation.ok)
    throw new Error(
      `The default questionnaire (${STRUCTURE_FILE} with ${locales.map(textsFile).join(', ')}) is invalid:\n` +
        JSON.stringify(validation.problems, null, 2),
    );
  // As written, not the validator's copy (which lists a few fields in another order).
  return questionnaire;
}

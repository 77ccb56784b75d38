// The default questionnaire as the widget loads it: the structure, with each language's texts fetched in
// parts (see split.ts; `npm run generate` writes them to generated/questionnaire/). Loaded once per page
// and shared by every widget on it.
import type { Questionnaire } from '../engine/model/schema.js';
import { registerTextLoader } from '../internal/i18n.js';
import structure from '../../generated/questionnaire/structure.json';
import { DEFAULT_TEXT_PARTS } from '../../generated/questionnaire/parts.js';
import { TEXT_PARTS } from './split.js';

const defaultQuestionnaire = structure as unknown as Questionnaire;
let registered = false;

/** The default questionnaire, its texts loader registered (once; a function, not an import side effect). */
export function defaultQuestionnaireForBrowser(): Questionnaire {
  if (!registered) {
    registerTextLoader(defaultQuestionnaire, TEXT_PARTS, async (lang, part) => {
      const load = DEFAULT_TEXT_PARTS[lang]?.[part as keyof (typeof DEFAULT_TEXT_PARTS)[string]];
      return load ? (await load()).default : null;
    });
    registered = true;
  }
  return defaultQuestionnaire;
}

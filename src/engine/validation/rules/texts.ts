// Every text key the questionnaire uses exists in every locale it declares.
import { lookupText, textKeys } from '../../model/texts.js';
import type { RuleContext } from './context.js';

export function checkTexts({ questionnaire, report }: RuleContext): void {
  const keys = textKeys(questionnaire);
  for (const locale of questionnaire.locales) {
    if (!Object.hasOwn(questionnaire.texts, locale)) continue;
    const resource = questionnaire.texts[locale];
    for (const { key, path } of keys)
      if (lookupText(resource, key) === undefined)
        report(path, 'missing_text', `Text "${key}" is missing in locale "${locale}".`);
  }
}

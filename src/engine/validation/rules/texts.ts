// Every text key a document uses exists in every locale it declares: the questionnaire's here, the
// provider profile's through the same checkTextKeys().
import type { PathSegment } from '../../model/problems.js';
import { lookupText, textKeys } from '../../model/texts.js';
import type { Report, RuleContext } from './context.js';
import type { LocaleFrame } from './structure.js';

export function checkTextKeys(
  frame: LocaleFrame,
  keys: readonly { key: string; path: PathSegment[] }[],
  report: Report,
): void {
  for (const locale of frame.locales) {
    // A declared locale without texts is reported once, by checkLocales().
    if (!Object.hasOwn(frame.texts, locale)) continue;
    const resource = frame.texts[locale];
    for (const { key, path } of keys)
      if (lookupText(resource, key) === undefined)
        report(path, 'missing_text', `Text "${key}" is missing in locale "${locale}".`);
  }
}

export function checkTexts({ questionnaire, report }: RuleContext): void {
  checkTextKeys(questionnaire, textKeys(questionnaire), report);
}

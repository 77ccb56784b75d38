// Rules on the questionnaire's frame: its locales, and areas and dimensions that refer to each other.
// checkLocales() also serves the provider profile, which carries its texts the same way.
import type { TextResource } from '../../model/schema.js';
import type { Report, RuleContext } from './context.js';

/** What a document that carries its own texts declares about its languages. */
export interface LocaleFrame {
  readonly defaultLocale: string;
  readonly locales: readonly string[];
  readonly texts: Readonly<Record<string, TextResource>>;
}

/** The default locale is declared, and every declared locale has its texts. */
export function checkLocales(frame: LocaleFrame, report: Report): void {
  if (!frame.locales.includes(frame.defaultLocale)) {
    report(
      ['defaultLocale'],
      'unknown_locale',
      `The default locale "${frame.defaultLocale}" is not in "locales".`,
    );
  }
  frame.locales.forEach((locale, index) => {
    if (!Object.hasOwn(frame.texts, locale))
      report(
        ['locales', index],
        'missing_locale',
        `Locale "${locale}" is declared but "texts" has no "${locale}".`,
      );
  });
}

export function checkStructure(ctx: RuleContext): void {
  checkLocales(ctx.questionnaire, ctx.report);

  // Areas and dimensions
  ctx.questionnaire.dimensions.forEach((dimension, index) => {
    if (!ctx.ids.areas.has(dimension.area))
      ctx.report(['dimensions', index, 'area'], 'unknown_area', `Unknown area "${dimension.area}".`);
  });
  ctx.questionnaire.areas.forEach((area, index) => {
    if (!ctx.questionnaire.dimensions.some((dimension) => dimension.area === area.id))
      ctx.report(['areas', index], 'empty_area', `Area "${area.id}" has no dimension.`);
  });
}

// Rules on the questionnaire's frame: its locales, and areas and dimensions that refer to each other.
import type { RuleContext } from './context.js';

export function checkStructure(ctx: RuleContext): void {
  // Locales
  if (!ctx.questionnaire.locales.includes(ctx.questionnaire.defaultLocale)) {
    ctx.report(
      ['defaultLocale'],
      'unknown_locale',
      `The default locale "${ctx.questionnaire.defaultLocale}" is not in "locales".`,
    );
  }
  ctx.questionnaire.locales.forEach((locale, index) => {
    if (!Object.hasOwn(ctx.questionnaire.texts, locale))
      ctx.report(
        ['locales', index],
        'missing_locale',
        `Locale "${locale}" is declared but "texts" has no "${locale}".`,
      );
  });

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

// Rules on what the results show: indices (items, bands over points) and recommendations (references,
// conditions, safe action URLs).
import { isSafeUrl } from '../../model/url.js';
import { checkBands } from './bands.js';
import { ANSWERS_ONLY, ANYTHING, checkCondition } from './conditions.js';
import type { RuleContext } from './context.js';

export function checkResults(ctx: RuleContext): void {
  (ctx.questionnaire.indices ?? []).forEach((index, indexPosition) => {
    ctx.unique(index.items, ['indices', indexPosition, 'items'], 'item');
    ctx.unique(index.levels, ['indices', indexPosition, 'levels'], 'level');
    index.items.forEach((item, itemIndex) =>
      checkCondition(ctx, item.when, ['indices', indexPosition, 'items', itemIndex, 'when'], ANSWERS_ONLY),
    );
    checkBands(
      index.levels.map((band) => ({ min: band.min, max: band.max + 1 })),
      0,
      index.items.length + 1,
      ['indices', indexPosition, 'levels'],
      ctx.report,
      (value) => value - 1,
    );
  });
  (ctx.questionnaire.recommendations ?? []).forEach((recommendation, index) => {
    const at = ['recommendations', index];
    if (!ctx.ids.dimensions.has(recommendation.dimension))
      ctx.report(
        [...at, 'dimension'],
        'unknown_dimension',
        `Unknown dimension "${recommendation.dimension}".`,
      );
    recommendation.profiles?.forEach((id, position) => {
      if (!ctx.ids.profiles.has(id))
        ctx.report([...at, 'profiles', position], 'unknown_profile', `Unknown profile "${id}".`);
    });
    recommendation.stages?.forEach((id, position) => {
      if (!ctx.ids.stages.has(id))
        ctx.report([...at, 'stages', position], 'unknown_stage', `Unknown stage "${id}".`);
    });
    recommendation.levels?.forEach((id, position) => {
      if (!ctx.ids.levels.has(id))
        ctx.report([...at, 'levels', position], 'unknown_level', `Unknown level "${id}".`);
    });
    if (recommendation.when) checkCondition(ctx, recommendation.when, [...at, 'when'], ANYTHING);
    recommendation.actions?.forEach((action, position) => {
      if (action.url !== undefined && !isSafeUrl(action.url))
        ctx.report(
          [...at, 'actions', position, 'url'],
          'unsafe_url',
          'Action URLs must be absolute https:, http: or mailto: addresses.',
        );
    });
  });
}

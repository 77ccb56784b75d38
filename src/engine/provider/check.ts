// checkProviderAgainst(): a valid provider profile read against the questionnaire in use. A profile
// names the questionnaire's dimensions, profiles, stages, levels and recommendations in its services'
// `for`, and anything at all in their `when`; each reference the questionnaire lacks is a Problem with
// a path into the profile (`services[2].for.dimensions[0]`) and a code (`unknown_dimension`, …), for the
// widget's problem panel and the CLI. Conditions are checked by the questionnaire's own rule
// (validation/rules/conditions.ts), allowed everything a recommendation may test.
import type { Problem } from '../model/problems.js';
import type { Questionnaire } from '../model/schema.js';
import { ANYTHING, checkCondition } from '../validation/rules/conditions.js';
import { reportInto, ruleContext, type RuleContext } from '../validation/rules/context.js';
import type { Provider } from './schema.js';

/** The references of `provider` that `questionnaire` (taken as valid) does not have; [] when all resolve. */
export function checkProviderAgainst(provider: Provider, questionnaire: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const report = reportInto(problems);
  // The context lends checkCondition the questionnaire's ids and questions; what it would report about
  // the questionnaire itself goes to a list nobody reads, and this report takes the provider's paths.
  const ctx: RuleContext = { ...ruleContext(questionnaire, []), report };
  const recommendations = new Set((questionnaire.recommendations ?? []).map((item) => item.id));
  const where = `questionnaire "${questionnaire.id}"`;
  provider.services.forEach((service, index) => {
    const target = service.for;
    if (!target) return;
    const at = ['services', index, 'for'];
    const known = (
      ids: readonly string[] | undefined,
      field: string,
      have: ReadonlySet<string>,
      what: string,
    ) =>
      ids?.forEach((id, position) => {
        if (!have.has(id))
          report([...at, field, position], `unknown_${what}`, `The ${where} has no ${what} "${id}".`);
      });
    known(target.dimensions, 'dimensions', ctx.ids.dimensions, 'dimension');
    known(target.profiles, 'profiles', ctx.ids.profiles, 'profile');
    known(target.stages, 'stages', ctx.ids.stages, 'stage');
    known(target.levels, 'levels', ctx.ids.levels, 'level');
    known(target.recommendations, 'recommendations', recommendations, 'recommendation');
    if (target.when) checkCondition(ctx, target.when, [...at, 'when'], ANYTHING);
  });
  return problems;
}

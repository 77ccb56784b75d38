// Loads the provider profile of <sme-readiness> (`provider` property or `provider-src` URL) next to the
// questionnaire, never in its way: the fetch starts when the element connects, the validator (zod)
// loads in its own chunk, and the first question never waits for either. Once the questionnaire is
// known too, the profile's references into it are checked (checkProviderAgainst): a profile naming a
// dimension, profile or stage the questionnaire lacks is reported, never silently ignored. Outcomes are
// data: the profile, or the `sme-error` detail the widget shows in its panel (problem-panels.ts; its
// services are then left out; the SME's assessment goes on). The module loads only for a page that
// gives a profile, so the first question of every other page does not carry it.
import type { Questionnaire } from '../../engine/model/schema.js';
import type { Provider } from '../../engine/provider/schema.js';
import type { SmeErrorDetail } from '../../internal/events.js';
import { errorDetail } from './questionnaire-loader.js';
import { fetchDefinition } from './fetch-definition.js';

export type ProviderOutcome = { provider: Provider } | { error: SmeErrorDetail } | { none: true };

/** Loads and validates the profile; never throws. */
export async function loadProvider(source: {
  provider: unknown;
  src: string;
  timeout: number;
}): Promise<ProviderOutcome> {
  try {
    return await fetchProvider(source);
  } catch (error) {
    return { error: errorDetail('provider-load', String(error), source.src || null, []) };
  }
}

async function fetchProvider(source: {
  provider: unknown;
  src: string;
  timeout: number;
}): Promise<ProviderOutcome> {
  if (source.provider !== null && source.provider !== undefined) return validated(source.provider, null);
  if (!source.src) return { none: true };
  const fetched = await fetchDefinition(source.src, source.timeout, 'a JSON provider profile');
  if ('reason' in fetched) return fetchError(source.src, fetched.reason);
  return validated(fetched.text, source.src);
}

async function validated(input: unknown, source: string | null): Promise<ProviderOutcome> {
  const { validateProvider } = await import('../../engine/provider/validate.js');
  const validation = validateProvider(input);
  if (validation.ok) return { provider: validation.value };
  const count = validation.problems.length;
  return {
    error: errorDetail(
      'provider-invalid',
      `The provider profile${source ? ` at ${source}` : ''} is not valid: ${count} problem${count === 1 ? '' : 's'}.`,
      source,
      validation.problems,
    ),
  };
}

function fetchError(source: string, reason: string): ProviderOutcome {
  return {
    error: errorDetail(
      'provider-fetch',
      `The provider profile could not be loaded from ${source}: ${reason}.`,
      source,
      [],
    ),
  };
}

/** The profile's references into `questionnaire` that do not resolve, as an error; null when all do. */
export async function mismatch(
  provider: Provider,
  questionnaire: Questionnaire,
  source: string | null,
): Promise<SmeErrorDetail | null> {
  const { checkProviderAgainst } = await import('../../engine/provider/check.js');
  const problems = checkProviderAgainst(provider, questionnaire);
  if (problems.length === 0) return null;
  return errorDetail(
    'provider-mismatch',
    `The provider profile refers to ${problems.length} thing${problems.length === 1 ? '' : 's'} the questionnaire "${questionnaire.id}" does not have.`,
    source,
    problems,
  );
}

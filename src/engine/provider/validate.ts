// validateProvider(): unknown input → the typed provider profile, or every problem found at once, in
// the same passes and the same Problem model as validateQuestionnaire(): (1) JSON-like and not absurdly
// deep, (2) the zod shape (schema.ts), (3) the rules across fields: locales, unique service ids, safe
// URLs, dates that parse with the end not before the start, an e-mail address and a phone number that
// look like one, BCP 47 languages, a privacy notice wherever results are sent, and every text key in
// every locale. References into a questionnaire are not checked here: the same profile may serve several
// questionnaires, so check.ts checks them against the one in use. Never throws.
import { conditionUse, MAX_CONDITION_DEPTH } from '../model/conditions.js';
import type { Problem } from '../model/problems.js';
import { isHttpsUrl, isSafeUrl, isSendableUrl } from '../model/url.js';
import { readInput } from '../validation/input.js';
import { reportInto, uniqueIds, type Report } from '../validation/rules/context.js';
import { checkLocales } from '../validation/rules/structure.js';
import { checkTextKeys } from '../validation/rules/texts.js';
import { shapeProblems } from '../validation/shape.js';
import { endInstant, startInstant } from './dates.js';
import { ProviderSchema, type Provider, type Service } from './schema.js';
import { providerTextKeys } from './texts.js';

export type ProviderValidation = { ok: true; value: Provider } | { ok: false; problems: Problem[] };

/** Validates a provider profile: an object, or its JSON text. */
export function validateProvider(input: unknown): ProviderValidation {
  try {
    return validate(input);
  } catch (error) {
    // As for questionnaires: only an exotic object (a throwing getter, a Proxy) gets here.
    return {
      ok: false,
      problems: [{ path: '', code: 'unreadable', message: `The input could not be read: ${String(error)}` }],
    };
  }
}

function validate(input: unknown): ProviderValidation {
  const read = readInput(input, 'profile');
  if (!read.ok) return read;
  const parsed = ProviderSchema.safeParse(read.value);
  if (!parsed.success)
    return { ok: false, problems: shapeProblems(parsed.error.issues, read.value, ProviderSchema) };
  const problems: Problem[] = [];
  checkProvider(parsed.data, reportInto(problems));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

// "Looks like one": the forms providers publish, not RFC 5322 in full. International domains in their
// punycode form (xn--…), as mail systems need them anyway.
const EMAIL =
  /^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{1,62}$/;
/** Digits with the usual separators, an optional leading `+`: what a `tel:` link can carry. */
const PHONE = /^\+?[0-9 ()./-]+$/;
/** BCP 47 as written in practice: language, optional script, region and variants (`de`, `zh-Hans-CN`). */
const LANGUAGE =
  /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$/;

const isLinkUrl = (url: string) => isHttpsUrl(url) || (/^mailto:/i.test(url) && isSafeUrl(url));

function checkProvider(provider: Provider, report: Report): void {
  checkLocales(provider, report);

  const { contact, privacy } = provider;
  if (!EMAIL.test(contact.email))
    report(['contact', 'email'], 'invalid_email', `Not an e-mail address: ${JSON.stringify(contact.email)}.`);
  if (contact.phone !== undefined && !(PHONE.test(contact.phone) && /(?:\d\D*){3}/.test(contact.phone)))
    report(
      ['contact', 'phone'],
      'invalid_phone',
      `Not a phone number: use digits, spaces and "+ ( ) - / ." (got ${JSON.stringify(contact.phone)}).`,
    );
  if (contact.booking !== undefined && !isHttpsUrl(contact.booking))
    report(['contact', 'booking'], 'unsafe_url', 'The booking link must be an absolute https: address.');
  if (privacy && !isLinkUrl(privacy.url))
    report(
      ['privacy', 'url'],
      'unsafe_url',
      'The privacy policy link must be an absolute https: or mailto: address.',
    );

  uniqueIds(provider.services, ['services'], 'service', report);
  provider.services.forEach((service, index) => checkService(service, ['services', index], report));

  if (provider.submitUrl !== undefined) {
    if (!isSendableUrl(provider.submitUrl))
      report(
        ['submitUrl'],
        'unsafe_url',
        'Results are sent to https: addresses only (or http: on localhost, 127.0.0.1 or [::1] for testing).',
      );
    if (!privacy)
      report(
        ['privacy'],
        'missing_privacy',
        'A profile with "submitUrl" needs "privacy": nothing is sent without a notice the SME agreed to.',
      );
  }

  checkTextKeys(provider, providerTextKeys(provider), report);
}

function checkService(service: Service, at: (string | number)[], report: Report): void {
  if (!isLinkUrl(service.url))
    report([...at, 'url'], 'unsafe_url', 'Service links must be absolute https: or mailto: addresses.');
  const start = service.start === undefined ? undefined : startInstant(service.start);
  const end = service.end === undefined ? undefined : endInstant(service.end);
  for (const [key, instant] of [
    ['start', start],
    ['end', end],
  ] as const)
    if (instant === null)
      report(
        [...at, key],
        'invalid_date',
        `Not a date: use ISO 8601, a date ("2027-03-16") or a date-time with its offset ("2027-03-16T09:00:00+01:00"); got ${JSON.stringify(service[key])}.`,
      );
  if (typeof start === 'number' && typeof end === 'number' && end < start)
    report([...at, 'end'], 'end_before_start', `Ends (${service.end}) before it starts (${service.start}).`);
  service.languages?.forEach((language, position) => {
    if (!LANGUAGE.test(language))
      report(
        [...at, 'languages', position],
        'invalid_language',
        `Not a BCP 47 language tag such as "de", "en-GB" or "zh-Hans": ${JSON.stringify(language)}.`,
      );
  });
  const when = service.for?.when;
  if (when && conditionUse(when).depth > MAX_CONDITION_DEPTH)
    report([...at, 'for', 'when'], 'too_deep', `Conditions nest at most ${MAX_CONDITION_DEPTH} levels.`);
}

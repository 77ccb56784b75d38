// The provider profile as data: who embeds the widget (a cluster, a chamber, an EDIH, a trade promotion
// agency), how an SME reaches them, what they do with results sent to them, and the services they offer,
// each with what it is for. One JSON file, with its texts per locale carried inside as i18next resources,
// exactly like a questionnaire; fields hold text keys. Shape only: the rules across fields (unique ids,
// texts in every locale, URLs, dates, e-mail, languages) live in validate.ts, and the references into a
// questionnaire in check.ts. The same schema produces the published provider.schema.json.
import * as z from 'zod/mini';
import { ConditionSchema, Id, TextKey, TextResourceSchema } from '../model/schema.js';

const Url = z.string().check(z.maxLength(2000));
/** ISO 8601: a date (`2027-03-16`) or a date-time with its offset (`2027-03-16T09:00:00+01:00`). */
const DateText = z.string().check(z.maxLength(40));
const Ids = z.array(Id).check(z.minLength(1));

export const ServiceKind = z.enum([
  'matchmaking',
  'investor-pitching',
  'webinar',
  'event',
  'coaching',
  'programme',
  'mission',
  'funding',
  'assessment',
  'other',
]);

/**
 * Which results a service is for. Every criterion given must hold; within one list any entry is enough.
 * No criteria: offered to everyone. The matching rules are in match.ts.
 */
export const ServiceTargetSchema = z.strictObject({
  /** Dimensions it serves: at least one must have a recommendation in the result (or a level in `levels`). */
  dimensions: z.optional(Ids),
  /** The firm's profile must be one of these. */
  profiles: z.optional(Ids),
  stages: z.optional(Ids),
  /** Levels of its `dimensions` (at least one of them), or of the overall score when it names none. */
  levels: z.optional(Ids),
  /** The result must hold at least one of these recommendations. */
  recommendations: z.optional(Ids),
  /** In the questionnaire's condition language, over the answers, scores, profile, stage and indices. */
  when: z.optional(ConditionSchema),
});

export const ServiceSchema = z.strictObject({
  id: Id,
  kind: ServiceKind,
  title: TextKey,
  description: z.optional(TextKey),
  /** Where to read more or sign up: `https:` or `mailto:`. */
  url: Url,
  /** When it takes place; a dated service is no longer offered once it is over (see match.ts). */
  start: z.optional(DateText),
  end: z.optional(DateText),
  /** Held online; with `place` as well, it is hybrid. */
  online: z.optional(z.literal(true)),
  /** Where it is held, as a text key ("Musterstadt, Cluster House"). */
  place: z.optional(TextKey),
  /** The languages it is held in, BCP 47 (`de`, `en`, `zh-Hans`). */
  languages: z.optional(z.array(z.string().check(z.maxLength(35))).check(z.minLength(1))),
  for: z.optional(ServiceTargetSchema),
});

export const ContactSchema = z.strictObject({
  email: z.string().check(z.maxLength(254)),
  phone: z.optional(z.string().check(z.maxLength(40))),
  /** Where an SME books a call with an adviser: `https:` only. */
  booking: z.optional(Url),
  /** The postal address, as a text key (it may differ by language: "Germany" / "Deutschland"). */
  address: z.optional(TextKey),
});

export const PrivacySchema = z.strictObject({
  /**
   * Shown before anything is sent: what is sent, to whom, why, how long it is kept and how to withdraw.
   * A submission carries the SHA-256 of the text shown, so the provider can prove which notice was agreed to.
   */
  notice: TextKey,
  /** The full privacy policy: `https:` or `mailto:`. */
  url: Url,
  /** The notice's version, sent with each submission (`2027-01`). */
  version: z.string().check(z.minLength(1), z.maxLength(64)),
});

export const ProviderSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: Id,
  version: z.string().check(z.minLength(1), z.maxLength(64)),
  defaultLocale: z.string().check(z.minLength(2)),
  locales: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
  texts: z.record(z.string(), TextResourceSchema),
  name: TextKey,
  description: z.optional(TextKey),
  contact: ContactSchema,
  /** Required when `submitUrl` is given: nothing is sent without a notice to agree to. */
  privacy: z.optional(PrivacySchema),
  services: z.array(ServiceSchema),
  /** Where consented results are POSTed (formats/submission.ts): `https:`, or `http:` on this machine only. */
  submitUrl: z.optional(Url),
  /** Whether the browser sends the provider's cookies with a submission; `omit` unless given. */
  submitCredentials: z.optional(z.enum(['omit', 'include'])),
});

export type Provider = z.infer<typeof ProviderSchema>;
export type Service = z.infer<typeof ServiceSchema>;
export type ServiceKindName = z.infer<typeof ServiceKind>;
export type ServiceTarget = z.infer<typeof ServiceTargetSchema>;
export type ProviderContact = z.infer<typeof ContactSchema>;
export type ProviderPrivacy = z.infer<typeof PrivacySchema>;

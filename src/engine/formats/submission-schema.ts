// The shape of "Send my results" as zod/mini schemas (submission.ts builds one): for servers that check
// what arrives (the collector does) and for the published submission.schema.json. Kept apart from
// submission.ts so that the widget, which only builds submissions, never loads zod for it.
import * as z from 'zod/mini';
import { Id } from '../model/schema.js';
import { AssessmentRecordSchema } from './record.js';
import { RECEIPT_FORMAT, SUBMISSION_FORMAT } from './submission.js';

/** A UUID in the lowercase form crypto.randomUUID() writes; servers compare ids as text. */
const Uuid = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));
/** An ISO 8601 date-time with seconds and an offset, as Date#toISOString() writes it. */
const Instant = z.iso.datetime({ offset: true });

export const SubmissionContactSchema = z.strictObject({
  name: z.optional(z.string().check(z.maxLength(200))),
  company: z.optional(z.string().check(z.maxLength(200))),
  email: z.optional(z.string().check(z.maxLength(254))),
  phone: z.optional(z.string().check(z.maxLength(40))),
  /** The SME asks to be contacted; without it, contact details only say who sent the results. */
  contactMe: z.boolean(),
});

export const ConsentSchema = z.strictObject({
  given: z.literal(true),
  /** `sha256:` and the hex SHA-256 of the notice's text as shown (noticeDigest()). */
  notice: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
  /** The provider profile's `privacy.version`. */
  noticeVersion: z.optional(z.string().check(z.maxLength(64))),
  /** The language the notice was shown in (BCP 47). */
  locale: z.string().check(z.minLength(2), z.maxLength(35)),
  /** When the SME agreed. */
  at: Instant,
});

export const SubmissionSchema = z.strictObject({
  format: z.literal(SUBMISSION_FORMAT),
  id: Uuid,
  /** The provider profile's id; null when the widget runs without a profile. */
  provider: z.nullable(Id),
  record: AssessmentRecordSchema,
  contact: z.nullable(SubmissionContactSchema),
  consent: ConsentSchema,
  sentAt: Instant,
});

/** What a server answers with 201 (stored) or 200 (the same submission again). */
export const ReceiptSchema = z.object({
  format: z.literal(RECEIPT_FORMAT),
  /** The submission's id. */
  id: Uuid,
  receivedAt: Instant,
});

/** What a server answers with 4xx and 5xx: a stable code, an English message, and for 400 the problems. */
export const SubmissionErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    problems: z.optional(z.array(z.object({ path: z.string(), code: z.string(), message: z.string() }))),
  }),
});

export type Submission = z.infer<typeof SubmissionSchema>;
export type SubmissionContact = z.infer<typeof SubmissionContactSchema>;
export type Consent = z.infer<typeof ConsentSchema>;
export type Receipt = z.infer<typeof ReceiptSchema>;
export type SubmissionError = z.infer<typeof SubmissionErrorSchema>;

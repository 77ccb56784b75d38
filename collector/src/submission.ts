// The wire format between the widget's "Send my results" and the collector: what the browser POSTs to
// /v1/submissions (`sme-readiness/submission@1`) and the receipt it gets back (`sme-readiness/receipt@1`).
// One self-contained module on purpose: the schema may move into the engine later, and then only the
// import in the server changes. Shape only: whether the questionnaire is known, the answers fit it and
// the client's result is right is decided by the server with the engine, not here.
import * as z from 'zod/mini';
import { AssessmentRecordSchema } from 'sme-readiness/engine';

export const SUBMISSION_FORMAT = 'sme-readiness/submission@1';
export const RECEIPT_FORMAT = 'sme-readiness/receipt@1';

const text = (max: number, what: string) =>
  z.string().check(z.maxLength(max, { error: `${what} must be at most ${max} characters.` }));
const timestamp = (what: string) =>
  z.iso.datetime({ offset: true, error: `${what} must be an ISO 8601 date and time.` });

export const ContactSchema = z.object({
  name: z.optional(text(200, 'The name')),
  company: z.optional(text(200, 'The company name')),
  email: z.optional(
    text(254, 'The e-mail address').check(
      // Deliberately loose: a stricter pattern refuses real addresses, and nobody is mailed from here.
      z.regex(/^[^\s@]+@[^\s@]+$/, { error: 'The e-mail address is not valid.' }),
    ),
  ),
  phone: z.optional(text(40, 'The phone number')),
  contactMe: z.boolean({ error: 'contactMe must be true or false.' }),
});

export const ConsentSchema = z.object({
  given: z.literal(true, { error: 'Consent must be given to send results.' }),
  /** The SHA-256 of the privacy notice the SME was shown, so the provider can tell which text it agreed to. */
  notice: z
    .string()
    .check(z.regex(/^sha256:[0-9a-f]{64}$/, { error: 'The notice must be "sha256:" and 64 hex digits.' })),
  noticeVersion: z.optional(text(64, 'The notice version')),
  locale: text(35, 'The consent locale'),
  at: timestamp('The consent time'),
});

export const SubmissionSchema = z.object({
  format: z.literal(SUBMISSION_FORMAT, { error: `Expected "format": "${SUBMISSION_FORMAT}".` }),
  /** Made in the browser with crypto.randomUUID(): the same id on a retry makes the POST idempotent. */
  id: z.uuid({ error: 'The submission id must be a UUID.' }),
  /** The provider profile the widget ran under, or null. */
  provider: z.nullable(text(100, 'The provider id')),
  record: AssessmentRecordSchema,
  contact: z.nullable(ContactSchema),
  consent: ConsentSchema,
  sentAt: timestamp('sentAt'),
});

export type Submission = z.infer<typeof SubmissionSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Consent = z.infer<typeof ConsentSchema>;

/** The answer to a stored submission; a repeat of the same body gets the identical receipt. */
export interface Receipt {
  format: typeof RECEIPT_FORMAT;
  id: string;
  receivedAt: string;
}

/** One thing wrong with a request, with a JSON path into the body (`record.answers.q1`). */
export interface RequestProblem {
  path: string;
  code: string;
  message: string;
}

/** The body of every 4xx/5xx answer. `message` is an English sentence fit for the SME's screen. */
export interface ErrorBody {
  error: { code: string; message: string; problems?: RequestProblem[] };
}

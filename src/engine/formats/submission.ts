// "Send my results": the request a browser POSTs to a provider's `submitUrl` once the SME has agreed,
// and what the receiving server answers. A documented, versioned JSON shape (`format`), published as
// `sme-readiness/submission.schema.json`; a collector server implements the same spec on its side.
//
//   SME agrees to the notice → noticeDigest(text shown) → createSubmission(record, details) →
//   POST as JSON → 201/200 with a receipt (ReceiptSchema), or an error body (SubmissionErrorSchema).
//
// The submission's `id` makes sending idempotent: a retry sends the same body again (same id, same
// sentAt), and the server answers a repeat with the receipt it gave the first time. The consent names the
// notice by its SHA-256, so the provider can show which text was agreed to, word for word. The zod
// schemas that check a submission are in submission-schema.ts (no zod here: the widget builds, servers check).
import { isSendableUrl } from '../model/url.js';
import type { AssessmentRecord } from './assessment.js';

export { isSendableUrl };

export const SUBMISSION_FORMAT = 'sme-readiness/submission@1';
export const RECEIPT_FORMAT = 'sme-readiness/receipt@1';

export type {
  Consent,
  Receipt,
  Submission,
  SubmissionContact,
  SubmissionError,
} from './submission-schema.js';
import type { Consent, Submission, SubmissionContact } from './submission-schema.js';

export interface SubmissionDetails {
  /** The provider profile's id, or null. */
  provider: string | null;
  /** What the SME typed; blank fields are left out. null: no contact details at all. */
  contact: SubmissionContact | null;
  /** `given` is implied: a submission exists only once the SME agreed. `at` defaults to `sentAt`. */
  consent: Omit<Consent, 'given' | 'at'> & { at?: string };
  /** Defaults to crypto.randomUUID(). */
  id?: string;
  /** Defaults to now. */
  sentAt?: string;
}

// The Web Crypto and TextEncoder globals of browsers and Node 20, typed here because the engine is
// type-checked without the DOM's or Node's typings. Browsers offer both only to secure pages (https:
// or localhost), which sending requires anyway.
interface Globals {
  crypto?: {
    randomUUID?(): string;
    subtle?: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
  };
  TextEncoder?: new () => { encode(text: string): Uint8Array };
}
const globals = globalThis as unknown as Globals;
const INSECURE = 'is not available here: the page must be served over https: (or from localhost).';

/** The submission of `record`; check it with SubmissionSchema where it matters (the server will). */
export function createSubmission(record: AssessmentRecord, details: SubmissionDetails): Submission {
  const sentAt = details.sentAt ?? new Date().toISOString();
  let id = details.id;
  if (id === undefined) {
    const randomUUID = globals.crypto?.randomUUID;
    if (!randomUUID) throw new Error(`crypto.randomUUID() ${INSECURE}`);
    id = randomUUID.call(globals.crypto);
  }
  const { notice, noticeVersion, locale, at } = details.consent;
  return {
    format: SUBMISSION_FORMAT,
    id,
    provider: details.provider,
    // A copy, so that changing the record afterwards cannot change what is (re)sent.
    record: JSON.parse(JSON.stringify(record)) as AssessmentRecord,
    contact: details.contact === null ? null : trimmed(details.contact),
    consent: {
      given: true,
      notice,
      ...(noticeVersion === undefined ? {} : { noticeVersion }),
      locale,
      at: at ?? sentAt,
    },
    sentAt,
  };
}

/** Form fields as typed: surrounding spaces trimmed, empty ones left out (`"email": ""` is no address). */
function trimmed(contact: SubmissionContact): SubmissionContact {
  const result: SubmissionContact = { contactMe: contact.contactMe };
  for (const key of ['name', 'company', 'email', 'phone'] as const) {
    const value = contact[key]?.trim();
    if (value) result[key] = value;
  }
  return result;
}

/** `sha256:<hex>` of the UTF-8 text, exactly as shown (no normalisation: what was read is what counts). */
export async function noticeDigest(text: string): Promise<string> {
  const subtle = globals.crypto?.subtle;
  if (!subtle || !globals.TextEncoder) throw new Error(`crypto.subtle ${INSECURE}`);
  const digest = await subtle.digest('SHA-256', new globals.TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return `sha256:${hex}`;
}

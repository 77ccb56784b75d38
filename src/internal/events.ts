// The library's events, in one place: their detail types, the global event-map augmentation that types
// `addEventListener('sme-complete', …)`, and the one helper that dispatches them. Every event bubbles,
// crosses shadow roots (`composed`) and carries plain JSON-serialisable detail.
import type { Answer, Answers } from '../engine/model/schema.js';
import type { Problem } from '../engine/model/problems.js';
import type { AssessmentRecord } from '../engine/formats/assessment.js';
import type { Receipt, Submission } from '../engine/formats/submission.js';

export interface SmeAnswerDetail {
  questionId: string;
  /** The new answer, or `null` when it was cleared. */
  value: Answer | null;
}

export interface SmePageChangeDetail {
  /** 0-based index of the page now shown. */
  page: number;
  /** `context` or the dimension id of the page. */
  pageId: string;
  pageCount: number;
}

/**
 * What a provider's back end needs to store a completed assessment: the versioned record of
 * `sme-readiness/assessment.schema.json` (format, questionnaire id and version, locale, answers, result,
 * timestamps). The same shape as "Download my answers" saves.
 */
export type SmeCompleteDetail = AssessmentRecord;

export interface SmeRestartDetail {
  questionnaire: { id: string; version: string } | null;
}

export interface SmeErrorDetail {
  /** `questionnaire-fetch`, `questionnaire-invalid`, … */
  code: string;
  message: string;
  /** Where the questionnaire came from, when it was loaded from a URL. */
  source: string | null;
  problems: Problem[];
}

/** "See my results" on the questionnaire's last page: its answers, for the owner to score. */
export interface SmeFinishDetail {
  answers: Answers;
}

/** A saved assessment opened on the results screen, checked and re-scored by the engine. */
export interface SmeRecordOpenDetail {
  record: AssessmentRecord;
  /** `show`: as the current results; `compare`: into the history, to compare with. */
  purpose: 'show' | 'compare';
}

/** Requests from the results screen that carry nothing but their name. */
export type SmeRequestDetail = Record<string, never>;

/**
 * Before results are sent (cancelable): the address, the request body and the headers to send. A host
 * page may add headers (an API key), or call `preventDefault()` and send the submission by its own means.
 */
export interface SmeSubmitDetail {
  url: string;
  submission: Submission;
  headers: Record<string, string>;
}

/** The provider's server stored the results: its receipt. */
export interface SmeSubmittedDetail {
  url: string;
  submissionId: string;
  receipt: Receipt;
}

/** An attempt to send failed: `willRetry` when it waits in the outbox, false when the server refused it. */
export interface SmeSubmitErrorDetail {
  url: string;
  submissionId: string;
  /** The HTTP status, or null when no answer came (offline, timeout). */
  status: number | null;
  code: string;
  message: string;
  willRetry: boolean;
}

export interface SmeEventDetails {
  'sme-answer': SmeAnswerDetail;
  'sme-page-change': SmePageChangeDetail;
  'sme-complete': SmeCompleteDetail;
  'sme-restart': SmeRestartDetail;
  'sme-error': SmeErrorDetail;
  'sme-finish': SmeFinishDetail;
  'sme-edit-answers': SmeRequestDetail;
  'sme-restart-request': SmeRequestDetail;
  'sme-close-shared': SmeRequestDetail;
  'sme-record-open': SmeRecordOpenDetail;
  'sme-submit': SmeSubmitDetail;
  'sme-submitted': SmeSubmittedDetail;
  'sme-submit-error': SmeSubmitErrorDetail;
}

export type SmeEvent<Name extends keyof SmeEventDetails> = CustomEvent<SmeEventDetails[Name]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sme-answer': SmeEvent<'sme-answer'>;
    'sme-page-change': SmeEvent<'sme-page-change'>;
    'sme-complete': SmeEvent<'sme-complete'>;
    'sme-restart': SmeEvent<'sme-restart'>;
    'sme-error': SmeEvent<'sme-error'>;
    'sme-finish': SmeEvent<'sme-finish'>;
    'sme-edit-answers': SmeEvent<'sme-edit-answers'>;
    'sme-restart-request': SmeEvent<'sme-restart-request'>;
    'sme-close-shared': SmeEvent<'sme-close-shared'>;
    'sme-record-open': SmeEvent<'sme-record-open'>;
    'sme-submit': SmeEvent<'sme-submit'>;
    'sme-submitted': SmeEvent<'sme-submitted'>;
    'sme-submit-error': SmeEvent<'sme-submit-error'>;
  }
}

/**
 * Dispatches a library event from `target`: bubbling, composed, and cancelable only when asked (then
 * false means a listener called `preventDefault()`).
 */
export function emit<Name extends keyof SmeEventDetails>(
  target: EventTarget,
  name: Name,
  detail: SmeEventDetails[Name],
  { cancelable = false }: { cancelable?: boolean } = {},
): boolean {
  // eslint-disable-next-line no-restricted-syntax -- the one place events are built
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
}

// Sending a consented submission to a provider, and keeping it until it has arrived. A submission that
// could not be delivered (no network, a timeout, a 5xx, a 429) waits in an outbox in localStorage and is
// tried again with growing pauses, on this visit and on the next one; a 4xx is the server refusing it
// for good, so it is not retried. Receipts of what arrived are kept too, so the results screen can say
// "sent on …" later. Each retry sends the very same body (the same submission id), which a receiving
// server uses to recognise a repeat. With `no-storage`, or when storage is blocked or full, the outbox
// lives for this page view only.
import type { Receipt, Submission } from '../../engine/formats/submission.js';
import { emit } from '../../internal/events.js';
import { OUTBOX_KEY } from '../../internal/storage.js';

export interface OutboxEntry {
  submission: Submission;
  url: string;
  credentials: 'omit' | 'include';
  /** Headers a host page added in `sme-submit`. */
  headers: Record<string, string>;
  attempts: number;
  /** Milliseconds since 1970 of the next attempt. */
  nextAttemptAt: number;
  /** Why the last attempt did not arrive (English, for the developer's console and the SME's status). */
  lastError: string | null;
}

export interface SentEntry {
  submissionId: string;
  /** `<questionnaire id>@<completedAt>` of the record sent. */
  recordKey: string;
  provider: string | null;
  receipt: Receipt;
}

export type Delivery =
  | { kind: 'stored'; receipt: Receipt }
  | { kind: 'refused'; status: number; code: string; message: string }
  | { kind: 'retry'; reason: string; retryAfterMs: number | null };

const SENT_KEY = 'sme-readiness:sent';
/** Receipts kept, newest last. */
const SENT_LIMIT = 50;
/** Pauses between attempts: 5 s, 15 s, 45 s, … at most 10 minutes. */
const FIRST_PAUSE = 5_000;
const LONGEST_PAUSE = 600_000;

export function pauseAfter(attempts: number): number {
  return Math.min(LONGEST_PAUSE, FIRST_PAUSE * 3 ** Math.max(0, attempts - 1));
}

export function recordKeyOf(submission: Submission): string {
  return `${submission.record.questionnaire.id}@${submission.record.completedAt}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * What is kept for this page view only: with `no-storage`, or when storage refuses. Read together with
 * what storage holds.
 */
const memory = { outbox: [] as OutboxEntry[], sent: [] as SentEntry[] };

function read<T>(key: string, kept: T[], id: (item: T) => string): T[] {
  let stored: T[];
  try {
    const text = storage()?.getItem(key);
    const list: unknown = text ? JSON.parse(text) : [];
    stored = Array.isArray(list) ? (list as T[]) : [];
  } catch {
    stored = [];
  }
  const ids = new Set(stored.map((item) => (item && typeof item === 'object' ? id(item) : '')));
  return [...stored, ...kept.filter((item) => !ids.has(id(item)))];
}

/** Writes `list`; false when storage refused (it is then kept in memory for this page view). */
function write<T>(key: string, list: T[]): boolean {
  try {
    const target = storage();
    if (!target) return false;
    if (list.length === 0) target.removeItem(key);
    else target.setItem(key, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as Partial<OutboxEntry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.url === 'string' &&
    typeof entry.submission?.id === 'string' &&
    typeof entry.submission.record === 'object'
  );
}

export function outboxEntries(): OutboxEntry[] {
  return read<OutboxEntry>(OUTBOX_KEY, memory.outbox, (entry) => String(entry.submission?.id)).filter(
    isEntry,
  );
}

/**
 * Adds or replaces (same submission id) an entry: in storage when `persist`, else for this page view.
 * Returns false when it could only be kept for this page view.
 */
export function putEntry(entry: OutboxEntry, persist = true): boolean {
  removeEntry(entry.submission.id);
  if (persist) {
    const stored = read<OutboxEntry>(OUTBOX_KEY, [], (each) => String(each.submission?.id)).filter(isEntry);
    if (write(OUTBOX_KEY, [...stored, entry])) return true;
  }
  memory.outbox.push(entry);
  return false;
}

export function removeEntry(submissionId: string): void {
  memory.outbox = memory.outbox.filter((each) => each.submission.id !== submissionId);
  const stored = read<OutboxEntry>(OUTBOX_KEY, [], (each) => String(each.submission?.id)).filter(isEntry);
  const rest = stored.filter((each) => each.submission.id !== submissionId);
  if (rest.length !== stored.length) write(OUTBOX_KEY, rest);
}

/** Whether an entry is kept in storage (true) or for this page view only. */
function persisted(submissionId: string): boolean {
  return !memory.outbox.some((each) => each.submission.id === submissionId);
}

export function sentEntries(): SentEntry[] {
  return read<SentEntry>(SENT_KEY, memory.sent, (entry) => String(entry.submissionId)).filter(
    (entry) => typeof entry?.recordKey === 'string' && typeof entry.receipt?.id === 'string',
  );
}

export function rememberSent(entry: SentEntry, persist = true): void {
  if (persist) {
    const stored = read<SentEntry>(SENT_KEY, [], (each) => String(each.submissionId));
    const list = [...stored.filter((each) => each.submissionId !== entry.submissionId), entry].slice(
      -SENT_LIMIT,
    );
    if (write(SENT_KEY, list)) return;
  }
  memory.sent = [...memory.sent.filter((each) => each.submissionId !== entry.submissionId), entry];
}

/** One attempt: POSTs the submission and reads what the server answered. Never throws. */
export async function deliver(entry: OutboxEntry, timeout: number): Promise<Delivery> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  let response: Response;
  try {
    response = await fetch(entry.url, {
      method: 'POST',
      headers: { ...entry.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(entry.submission),
      credentials: entry.credentials,
      mode: 'cors',
      signal: controller.signal,
    });
  } catch (error) {
    return {
      kind: 'retry',
      reason: controller.signal.aborted
        ? `no answer within ${Math.round(timeout / 1000)} seconds`
        : `the server could not be reached (${error instanceof Error ? error.message : String(error)})`,
      retryAfterMs: null,
    };
  } finally {
    clearTimeout(timer);
  }
  const body = await response.text().catch(() => '');
  let data: unknown;
  try {
    data = body ? JSON.parse(body) : null;
  } catch {
    data = null;
  }
  if (response.status === 200 || response.status === 201) {
    const receipt = data as Partial<Receipt> | null;
    if (receipt && typeof receipt.id === 'string' && typeof receipt.receivedAt === 'string')
      return { kind: 'stored', receipt: receipt as Receipt };
    return {
      kind: 'retry',
      reason: `the server answered ${response.status} without a receipt`,
      retryAfterMs: null,
    };
  }
  const error = (data as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const message =
    typeof error?.message === 'string' && error.message.trim()
      ? error.message.trim().slice(0, 500)
      : `the server answered ${response.status} ${response.statusText}`.trim();
  if (response.status === 429 || response.status >= 500 || response.status === 408) {
    const seconds = Number(response.headers.get('Retry-After'));
    return {
      kind: 'retry',
      reason: message,
      retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null,
    };
  }
  return {
    kind: 'refused',
    status: response.status,
    code: typeof error?.code === 'string' ? error.code : `http_${response.status}`,
    message,
  };
}

/**
 * Tries every waiting entry once (on a new visit or when the browser comes back online, whatever its
 * planned time): arrived ones become receipts, refused ones are dropped, the others wait longer.
 * Returns what happened to each entry tried.
 */
export async function drainOutbox(timeout: number): Promise<{ entry: OutboxEntry; delivery: Delivery }[]> {
  const due = outboxEntries();
  const outcomes: { entry: OutboxEntry; delivery: Delivery }[] = [];
  for (const entry of due) outcomes.push({ entry, delivery: await attempt(entry, timeout) });
  return outcomes;
}

/** One attempt at `entry`, with the outbox and receipts updated to match. */
export async function attempt(entry: OutboxEntry, timeout: number): Promise<Delivery> {
  const persist = persisted(entry.submission.id);
  const delivery = await deliver(entry, timeout);
  if (delivery.kind === 'stored') {
    removeEntry(entry.submission.id);
    rememberSent(
      {
        submissionId: entry.submission.id,
        recordKey: recordKeyOf(entry.submission),
        provider: entry.submission.provider,
        receipt: delivery.receipt,
      },
      persist,
    );
  } else if (delivery.kind === 'refused') removeEntry(entry.submission.id);
  else {
    const attempts = entry.attempts + 1;
    putEntry(
      {
        ...entry,
        attempts,
        lastError: delivery.reason,
        nextAttemptAt: Date.now() + Math.max(delivery.retryAfterMs ?? 0, pauseAfter(attempts)),
      },
      persist,
    );
  }
  return delivery;
}

let resending: Promise<void> | null = null;
let listening = false;

/**
 * Tries what waits in the outbox (on a new visit), and again whenever the browser comes back online,
 * telling the page through `target`'s events what arrived (`sme-submitted`) and what did not
 * (`sme-submit-error`). One run at a time per page, however many widgets ask.
 */
export function resendWaiting(target: HTMLElement, timeout: number): Promise<void> {
  if (!listening) {
    listening = true;
    window.addEventListener('online', () => {
      if (target.isConnected) void resendWaiting(target, timeout);
    });
  }
  resending ??= drainOutbox(timeout)
    .then((outcomes) => {
      for (const { entry, delivery } of outcomes) {
        const base = { url: entry.url, submissionId: entry.submission.id };
        if (delivery.kind === 'stored') emit(target, 'sme-submitted', { ...base, receipt: delivery.receipt });
        else
          emit(target, 'sme-submit-error', {
            ...base,
            status: delivery.kind === 'refused' ? delivery.status : null,
            code: delivery.kind === 'refused' ? delivery.code : 'not_delivered',
            message: delivery.kind === 'refused' ? delivery.message : delivery.reason,
            willRetry: delivery.kind === 'retry',
          });
      }
    })
    .finally(() => (resending = null));
  return resending;
}

// Saving answers in localStorage, defensively: storage may be blocked (privacy modes, sandboxed
// iframes), full, or hold anything at all. Reads validate; failures are swallowed and reported as
// "nothing saved", because an SME owner must never see an alarming message for it.
import type { Answers, Questionnaire } from '../engine/model/schema.js';

/** The saved shape. `format` changes when this shape changes; older saves are then dropped. */
export interface SavedProgress {
  format: 1;
  questionnaire: { id: string; version: string };
  answers: Answers;
  page: number;
  startedAt: string | null;
  savedAt: string;
}

export function storageKeyFor(questionnaire: Questionnaire, storageKey: string | null | undefined): string {
  return `sme-readiness:${storageKey || questionnaire.id}`;
}

export function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The saved progress for this questionnaire, or null when there is none or it cannot be trusted. */
export async function loadProgress(questionnaire: Questionnaire, key: string): Promise<SavedProgress | null> {
  let text: string | null;
  try {
    text = storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    removeProgress(key);
    return null;
  }
  if (!isSavedShape(saved) || saved.questionnaire.id !== questionnaire.id) {
    removeProgress(key);
    return null;
  }
  // Answers saved for another version keep whatever still fits; parseAnswers drops the rest. It is
  // loaded only when there is something to check, so first visits do not download it.
  const { parseAnswers } = await import('../engine/answers/parse.js');
  const { answers } = parseAnswers(questionnaire, saved.answers);
  if (Object.keys(answers).length === 0) return null;
  return {
    ...saved,
    answers,
    page: Number.isInteger(saved.page) && saved.page >= 0 ? saved.page : 0,
  };
}

function isSavedShape(value: unknown): value is SavedProgress {
  if (value === null || typeof value !== 'object') return false;
  const saved = value as Partial<SavedProgress>;
  return (
    saved.format === 1 &&
    typeof saved.questionnaire === 'object' &&
    saved.questionnaire !== null &&
    typeof saved.questionnaire.id === 'string' &&
    typeof saved.answers === 'object' &&
    saved.answers !== null
  );
}

/** Saves; returns false when storage refused (blocked or full). */
export function saveProgress(key: string, progress: SavedProgress): boolean {
  try {
    const target = storage();
    if (!target) return false;
    target.setItem(key, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export function removeProgress(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Blocked storage holds nothing to remove.
  }
}

/** Where consented submissions wait until they have arrived (send-results/outbox.ts). */
export const OUTBOX_KEY = 'sme-readiness:outbox';

/** True when a submission waits to be sent; cheap enough for every page load (nothing is parsed). */
export function outboxWaiting(): boolean {
  try {
    return (storage()?.getItem(OUTBOX_KEY) ?? null) !== null;
  } catch {
    return false;
  }
}

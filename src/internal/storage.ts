// Saving answers in localStorage, defensively: storage may be blocked (privacy modes, sandboxed
// iframes), full, or hold anything at all. Reads validate; failures are swallowed and reported as
// "nothing saved", because an SME owner must never see an alarming message for it.
import { createRecord, RECORD_FORMAT, type AssessmentRecord } from '../engine/formats/assessment.js';
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

function storage(): Storage | null {
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

/** Completed assessments kept for comparison, oldest first, at most this many. */
export const HISTORY_LIMIT = 12;

/**
 * The completed assessments kept for this questionnaire, oldest first. Each is read like every other
 * stored answer: its answers through parseAnswers, its result recomputed by the engine (so an entry
 * kept by an older version, or edited by hand, shows what its answers are worth now); entries that do
 * not look like assessments of this questionnaire are left out.
 */
export async function loadHistory(key: string, questionnaire: Questionnaire): Promise<AssessmentRecord[]> {
  let list: unknown;
  try {
    list = JSON.parse(storage()?.getItem(`${key}:history`) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(list) || list.length === 0) return [];
  const { parseAnswers } = await import('../engine/answers/parse.js');
  const kept: AssessmentRecord[] = [];
  for (const entry of list) {
    if (entry === null || typeof entry !== 'object') continue;
    const saved = entry as Partial<AssessmentRecord>;
    if (saved.format !== RECORD_FORMAT || saved.questionnaire?.id !== questionnaire.id) continue;
    if (typeof saved.completedAt !== 'string' || Number.isNaN(Date.parse(saved.completedAt))) continue;
    const { answers } = parseAnswers(questionnaire, saved.answers);
    kept.push(
      createRecord(questionnaire, answers, {
        locale: typeof saved.locale === 'string' ? saved.locale : questionnaire.defaultLocale,
        startedAt: typeof saved.startedAt === 'string' ? saved.startedAt : null,
        completedAt: saved.completedAt,
      }),
    );
  }
  return kept.sort((a, b) => a.completedAt.localeCompare(b.completedAt));
}

/** Adds a completed assessment; one from the same sitting (same `startedAt`) replaces the earlier one. */
export function addToHistory(history: AssessmentRecord[], record: AssessmentRecord): AssessmentRecord[] {
  const last = history.at(-1);
  const same = last && record.startedAt !== null && last.startedAt === record.startedAt;
  const next = same ? [...history.slice(0, -1), record] : [...history, record];
  next.sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  return next.slice(-HISTORY_LIMIT);
}

export function saveHistory(key: string, history: AssessmentRecord[]): boolean {
  try {
    const target = storage();
    if (!target) return false;
    target.setItem(`${key}:history`, JSON.stringify(history));
    return true;
  } catch {
    return false;
  }
}

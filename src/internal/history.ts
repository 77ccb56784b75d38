// The completed assessments kept in localStorage for comparison (`sme-readiness:<key>:history`), read
// back like every other stored answer: through parseAnswers and re-scored. Loaded with the results
// screen, not with the first question.
import { createRecord, RECORD_FORMAT, type AssessmentRecord } from '../engine/formats/assessment.js';
import { parseAnswers } from '../engine/answers/parse.js';
import type { Questionnaire } from '../engine/model/schema.js';
import { storage } from './storage.js';

/** Completed assessments kept for comparison, oldest first, at most this many. */
export const HISTORY_LIMIT = 12;

/**
 * The completed assessments kept for this questionnaire, oldest first. Each is read like every other
 * stored answer: its answers through parseAnswers, its result recomputed by the engine (so an entry
 * kept by an older version, or edited by hand, shows what its answers are worth now); entries that do
 * not look like assessments of this questionnaire are left out.
 */
export function loadHistory(key: string, questionnaire: Questionnaire): AssessmentRecord[] {
  let list: unknown;
  try {
    list = JSON.parse(storage()?.getItem(`${key}:history`) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(list) || list.length === 0) return [];
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

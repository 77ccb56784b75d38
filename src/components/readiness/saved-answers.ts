// Where <sme-readiness> keeps an SME's work in the browser: the answers in progress (to resume later)
// and the completed assessments (to compare with). Keyed by the `storage-key` attribute or the
// questionnaire's id; nothing is kept with `no-storage`, or for results opened from a share link.
// Everything read back goes through the engine again (storage.ts): saved answers are parsed, kept
// assessments re-scored, so stored data is never trusted as it is.
import type { AssessmentRecord } from '../../engine/formats/assessment.js';
import type { Answers, Questionnaire } from '../../engine/model/schema.js';
import {
  loadProgress,
  removeProgress,
  saveProgress,
  storageKeyFor,
  type SavedProgress,
} from '../../internal/storage.js';

/** The kept assessments' module (history.ts), loaded with the results. */
type History = typeof import('../../internal/history.js');

export interface StorageSettings {
  /** The `storage-key` attribute ('' for the questionnaire's id). */
  readonly storageKey: string;
  readonly noStorage: boolean;
}

export class SavedAnswers {
  private historyModule: History | null = null;

  constructor(private readonly settings: () => StorageSettings) {}

  private key(questionnaire: Questionnaire): string | null {
    const { noStorage, storageKey } = this.settings();
    return noStorage ? null : storageKeyFor(questionnaire, storageKey);
  }

  /** The answers saved for this questionnaire, checked against it; null when there are none. */
  async progress(questionnaire: Questionnaire): Promise<SavedProgress | null> {
    const key = this.key(questionnaire);
    return key ? loadProgress(questionnaire, key) : null;
  }

  saveProgress(
    questionnaire: Questionnaire,
    progress: { answers: Answers; page: number; startedAt: string | null },
  ): void {
    const key = this.key(questionnaire);
    if (!key) return;
    saveProgress(key, {
      format: 1,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      ...progress,
      savedAt: new Date().toISOString(),
    });
  }

  /** Forgets the answers in progress (the completed assessments stay for comparison). */
  clearProgress(questionnaire: Questionnaire): void {
    const key = this.key(questionnaire);
    if (key) removeProgress(key);
  }

  /** The completed assessments kept for this questionnaire, re-scored, oldest first. */
  async history(questionnaire: Questionnaire): Promise<AssessmentRecord[]> {
    this.historyModule ??= await import('../../internal/history.js');
    const key = this.key(questionnaire);
    return key ? this.historyModule.loadHistory(key, questionnaire) : [];
  }

  /** Adds a completed assessment to `history` and keeps the list; returns the new list. Call history() first. */
  remember(
    questionnaire: Questionnaire,
    history: AssessmentRecord[],
    record: AssessmentRecord,
  ): AssessmentRecord[] {
    if (!this.historyModule) return [...history, record];
    const next = this.historyModule.addToHistory(history, record);
    const key = this.key(questionnaire);
    if (key) this.historyModule.saveHistory(key, next);
    return next;
  }
}

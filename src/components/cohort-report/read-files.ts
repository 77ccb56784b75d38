// Reading dropped files into cohort entries, in batches: the same code runs in the reader worker
// (reader.worker.ts) and, where no worker can start, on the main thread with a pause between batches
// (reader.ts). Each file is read with the engine's readCohortFile, so a bad file gives its problems and
// never stops the others.
import { readCohortFile, type CohortEntry, type FileProblem } from '../../engine/cohort/index.js';
import type { Questionnaire } from '../../engine/model/schema.js';

export interface FilesReading {
  entries: CohortEntry[];
  problems: FileProblem[];
}

/** Files per batch: progress is reported (and, on the main thread, the page gets a turn) after each. */
export const BATCH = 25;

export async function readFileBatches(
  files: readonly File[],
  questionnaires: readonly Questionnaire[],
  onProgress: (read: number) => void,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<FilesReading> {
  const reading: FilesReading = { entries: [], problems: [] };
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const texts = await Promise.all(
      batch.map((file) =>
        file.text().then(
          (text) => ({ file, text, error: null }),
          (error: unknown) => ({ file, text: '', error }),
        ),
      ),
    );
    for (const { file, text, error } of texts) {
      if (error !== null) {
        reading.problems.push({
          file: file.name,
          message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).`,
        });
        continue;
      }
      const { entries, problems } = readCohortFile(file.name, text, questionnaires);
      for (const entry of entries) reading.entries.push(entry);
      for (const problem of problems) reading.problems.push(problem);
    }
    onProgress(start + batch.length);
    await pause();
  }
  return reading;
}

// The reader worker: reads the files a provider dropped (reader.ts posts them, with the questionnaires
// to check records against) and posts progress after each batch, then the entries and problems.
import type { Questionnaire } from '../../engine/model/schema.js';
import { readFileBatches, type FilesReading } from './read-files.js';

export type ReaderRequest = { files: File[]; questionnaires: Questionnaire[] };
export type ReaderMessage = { type: 'progress'; read: number } | ({ type: 'done' } & FilesReading);

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
  postMessage(message: ReaderMessage): void;
};

scope.onmessage = (event) => {
  const { files, questionnaires } = event.data;
  void readFileBatches(files, questionnaires, (read) => scope.postMessage({ type: 'progress', read })).then(
    (reading) => scope.postMessage({ type: 'done', ...reading }),
  );
};

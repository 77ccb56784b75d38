// Reading many dropped files without freezing the page: in a module worker (reader.worker.ts) where one
// starts, else on the main thread in batches with a pause between them (read-files.ts).
//
// Where the worker runs: the URL names the .ts source, which Vite (dev server and build, which bundles
// the worker into its own chunk) and the test runner's esbuild server all serve as JavaScript; a `.js`
// name would be a 404 under the test runner, which maps .js to .ts only for imports. If the worker
// cannot start (a page whose CSP forbids workers, a bundler that does not follow `new URL`), the same
// reading runs on the main thread.
import type { Questionnaire } from '../../engine/model/schema.js';
import { readFileBatches, type FilesReading } from './read-files.js';
import type { ReaderMessage, ReaderRequest } from './reader.worker.js';

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads `files`, calling `onProgress` with how many are read; `how` says where it ran (for tests). */
export async function readFiles(
  files: readonly File[],
  questionnaires: readonly Questionnaire[],
  onProgress: (read: number) => void,
): Promise<FilesReading & { how: 'worker' | 'main-thread' }> {
  const inWorker = await readInWorker(files, questionnaires, onProgress);
  if (inWorker) return { ...inWorker, how: 'worker' };
  const reading = await readFileBatches(files, questionnaires, onProgress, nextTurn);
  return { ...reading, how: 'main-thread' };
}

/** The reading done by the worker, or null when no worker could start (before it read anything). */
function readInWorker(
  files: readonly File[],
  questionnaires: readonly Questionnaire[],
  onProgress: (read: number) => void,
): Promise<FilesReading | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    let heard = false;
    const finish = (reading: FilesReading | null) => {
      worker.terminate();
      resolve(reading);
    };
    worker.onmessage = (event: MessageEvent<ReaderMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === 'progress') onProgress(message.read);
      else finish({ entries: message.entries, problems: message.problems });
    };
    // A worker script that failed to load or to run: read here instead (what it read so far is dropped).
    worker.onerror = (event) => {
      event.preventDefault();
      if (heard) onProgress(0);
      finish(null);
    };
    worker.onmessageerror = () => finish(null);
    const request: ReaderRequest = { files: [...files], questionnaires: [...questionnaires] };
    try {
      worker.postMessage(request);
    } catch {
      finish(null);
    }
  });
}

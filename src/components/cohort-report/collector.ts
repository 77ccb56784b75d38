// Reading every submission from a provider's collector: `GET /v1/submissions` (NDJSON, one submission a
// line) with the admin token, page by page: each page ends in `{"cursor":…}` when more follow. Each
// line is shape-checked and turned into a cohort entry by the engine (entryFromExportLine); a line
// that is not a submission is a problem, not a failure. The token goes only into the Authorization
// header: never into a URL, a log or an error message.
import { entryFromExportLine, type CohortEntry, type FileProblem } from '../../engine/cohort/index.js';
import { RECORD_FORMAT } from '../../engine/formats/assessment.js';

/** Submissions per request: small enough that the page gets a turn between pages of a big collector. */
const PAGE = 1000;
/** The name problems of the collector's lines are listed under. */
export const COLLECTOR_SOURCE = 'collector';

export class CollectorError extends Error {
  constructor(
    /** `unauthorized` (401, 403), `unreachable` (no answer) or `failed` (another error status). */
    readonly kind: 'unauthorized' | 'unreachable' | 'failed',
    readonly status: number | null,
  ) {
    super(`collector: ${kind}${status ? ` (${status})` : ''}`);
  }
}

/** The listing's address: `src` is the collector's base URL, or its `/v1/submissions` address itself. */
export function submissionsUrl(src: string): URL {
  const url = new URL(src, document.baseURI);
  if (!/\/v1\/submissions\/?$/.test(url.pathname))
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/v1/submissions`;
  url.search = '';
  return url;
}

/** True for what entryFromExportLine can read: a line with an assessment record and its result. */
function isSubmissionLine(value: unknown): boolean {
  const record = (value as { record?: unknown } | null)?.record as Record<string, unknown> | undefined;
  if (typeof record !== 'object' || record === null || record.format !== RECORD_FORMAT) return false;
  const result = record.result as Record<string, unknown> | undefined;
  const questionnaire = record.questionnaire as Record<string, unknown> | undefined;
  return (
    typeof record.completedAt === 'string' &&
    typeof questionnaire?.id === 'string' &&
    typeof result === 'object' &&
    result !== null &&
    typeof result.overall === 'object' &&
    ['areas', 'dimensions', 'indices', 'recommendations'].every((key) => Array.isArray(result[key])) &&
    typeof result.completeness === 'object' &&
    typeof record.answers === 'object'
  );
}

export async function readCollector(
  src: string,
  token: string,
  onProgress: (count: number) => void,
  signal?: AbortSignal,
): Promise<{ entries: CohortEntry[]; problems: FileProblem[] }> {
  const entries: CohortEntry[] = [];
  const problems: FileProblem[] = [];
  let cursor: string | null = null;
  let line = 0;
  do {
    const url = submissionsUrl(src);
    url.searchParams.set('limit', String(PAGE));
    if (cursor) url.searchParams.set('cursor', cursor);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/x-ndjson' },
        credentials: 'omit',
        cache: 'no-store',
        ...(signal ? { signal } : {}),
      });
      if (response.status === 401 || response.status === 403)
        throw new CollectorError('unauthorized', response.status);
      if (!response.ok) throw new CollectorError('failed', response.status);
      text = await response.text();
    } catch (error) {
      if (error instanceof CollectorError || signal?.aborted) throw error;
      throw new CollectorError('unreachable', null);
    }
    cursor = null;
    for (const raw of text.split('\n')) {
      if (raw.trim() === '') continue;
      line += 1;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        problems.push({ file: COLLECTOR_SOURCE, line, message: 'Not JSON.' });
        continue;
      }
      const next = (value as { cursor?: unknown } | null)?.cursor;
      if (typeof next === 'string' && !('record' in (value as object))) {
        cursor = next;
        line -= 1;
        continue;
      }
      const entry = isSubmissionLine(value) ? entryFromExportLine(value) : null;
      if (entry) entries.push(entry);
      else problems.push({ file: COLLECTOR_SOURCE, line, message: 'Not a submission with an assessment.' });
    }
    onProgress(entries.length);
  } while (cursor);
  return { entries, problems };
}

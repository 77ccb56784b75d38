// How the engine reports what is wrong: a JSON path an author can follow, a stable code a program can
// test, and an English sentence. Shared by questionnaire validation and answer parsing.

export interface Problem {
  /** Where, as a JSON path from the root: `questions[3].options[1].score`; `` for the root itself. */
  path: string;
  /** A stable identifier, e.g. `duplicate_id`, `unknown_question`, `too_big`. */
  code: string;
  /** An English explanation for the developer or author (never shown to SMEs as is). */
  message: string;
}

export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && PLAIN_KEY.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

/** A short description of a value's kind for messages: `a string`, `an array`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a non-finite number';
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

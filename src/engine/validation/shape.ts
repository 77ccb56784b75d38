// zod's issues → the engine's problems: a JSON path an author can follow, a stable code and an English
// sentence, with "did you mean" for misspelt fields and, for a failed union (a condition, say), the
// problems of the branch the author most likely meant. Shared by the questionnaire and the provider
// profile validators; `schema` is the schema that was parsed, whose field names feed the suggestions.
import type * as z from 'zod/mini';
import { describeValue, formatPath, type Problem } from '../model/problems.js';

export type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, segment) ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return value;
}

/** The problems zod's issues stand for, with the paths, codes and English messages of this engine. */
export function shapeProblems(
  issues: readonly Issue[],
  root: unknown,
  schema: z.core.$ZodType,
  base: readonly PropertyKey[] = [],
): Problem[] {
  const known = fieldNames(schema);
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union') {
      problems.push(...unionProblems(issue.errors, root, path, schema));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          path: formatPath([...path, key]),
          code: 'unknown_field',
          message: `Unknown field "${key}"${suggestion(key, known)}.`,
        });
      }
      continue;
    }
    problems.push({ path: formatPath(path), ...describeIssue(issue, valueAt(root, path), path) });
  }
  return problems;
}

const fieldCache = new WeakMap<z.core.$ZodType, string[]>();

/** Every field name an object anywhere in the schema declares (for "did you mean"). */
function fieldNames(schema: z.core.$ZodType): string[] {
  const cached = fieldCache.get(schema);
  if (cached) return cached;
  const names = new Set<string>();
  const seen = new Set<z.core.$ZodType>();
  const pending = [schema];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    const push = (child: unknown) => {
      if (child && typeof child === 'object' && '_zod' in child) pending.push(child as z.core.$ZodType);
    };
    if (def.type === 'object') {
      // Reading the shape's getters (recursive conditions) is safe: they return the schema itself.
      for (const [name, child] of Object.entries(def.shape as Record<string, unknown>)) {
        names.add(name);
        push(child);
      }
    }
    if (def.type === 'lazy') push((def.getter as () => unknown)());
    for (const key of ['innerType', 'element', 'valueType', 'in', 'out']) push(def[key]);
    if (Array.isArray(def.options)) def.options.forEach(push);
  }
  const list = [...names];
  fieldCache.set(schema, list);
  return list;
}

/** "Did you mean" for near-miss field names, the commonest authoring slip. */
function suggestion(key: string, known: readonly string[]): string {
  const lower = key.toLowerCase();
  const match = known.find(
    (field) => field.toLowerCase() !== lower && editDistance(field.toLowerCase(), lower) <= 2,
  );
  return match ? ` (did you mean "${match}"?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

const CONDITION_PARENTS = new Set(['visibleIf', 'when', 'all', 'any', 'not']);

function isConditionPath(path: readonly PropertyKey[]): boolean {
  const last = path[path.length - 1];
  const parent = typeof last === 'number' ? path[path.length - 2] : last;
  return typeof parent === 'string' && CONDITION_PARENTS.has(parent);
}

/** A union failed: report the branch the author most likely meant, judged by how little is wrong in it. */
function unionProblems(
  branches: readonly (readonly Issue[])[],
  root: unknown,
  path: PropertyKey[],
  schema: z.core.$ZodType,
): Problem[] {
  const costs = branches.map((issues) => {
    let cost = 0;
    for (const issue of issues) {
      if (issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
        return Infinity;
      cost += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    }
    return cost;
  });
  const best = Math.min(...costs);
  const value = valueAt(root, path);
  const condition = isConditionPath(path);
  if (best === Infinity || (condition && costs.filter((cost) => cost === best).length > 1)) {
    return [
      {
        path: formatPath(path),
        code: condition ? 'invalid_condition' : 'invalid_type',
        message: condition
          ? `Not a condition (got ${describeValue(value)}): use an object with one of "all", "any", "not", "question", "score", "profile", "stage" or "index".`
          : `Expected ${expectedOf(branches)}, got ${describeValue(value)}.`,
      },
    ];
  }
  return shapeProblems(branches[costs.indexOf(best)]!, root, schema, path);
}

function expectedOf(branches: readonly (readonly Issue[])[]): string {
  const kinds = new Set<string>();
  for (const issues of branches)
    for (const issue of issues) {
      if (issue.path.length > 0) continue;
      if (issue.code === 'invalid_type') kinds.add(article(issue.expected));
      if (issue.code === 'invalid_value') issue.values.forEach((value) => kinds.add(JSON.stringify(value)));
    }
  return [...kinds].join(' or ') || 'another value';
}

function article(kind: string): string {
  return kind === 'array' || kind === 'object' || kind === 'int'
    ? `an ${kind === 'int' ? 'integer' : kind}`
    : `a ${kind}`;
}

function describeIssue(issue: Issue, value: unknown, path: readonly PropertyKey[]): Omit<Problem, 'path'> {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        return {
          code: 'required',
          message: `Missing required field "${String(path[path.length - 1])}" (${article(issue.expected)}).`,
        };
      }
      return {
        code: 'invalid_type',
        message: `Expected ${article(issue.expected)}, got ${describeValue(value)}.`,
      };
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = small ? issue.minimum : issue.maximum;
      if (issue.origin === 'array') {
        return {
          code: issue.code,
          message: small ? `Needs at least ${bound} item(s).` : `Has more than ${bound} items.`,
        };
      }
      if (issue.origin === 'string') {
        return {
          code: issue.code,
          message: small
            ? `Must be at least ${bound} character(s) long.`
            : `Must be at most ${bound} characters long.`,
        };
      }
      const relation = small
        ? issue.inclusive
          ? 'at least'
          : 'greater than'
        : issue.inclusive
          ? 'at most'
          : 'less than';
      return { code: issue.code, message: `Must be ${relation} ${bound}, got ${describeValue(value)}.` };
    }
    case 'invalid_format':
      return {
        code: 'invalid_format',
        message: String(issue.pattern ?? '').includes('(\\.')
          ? `Not a text key: use letters, digits, "_" and "-", with "." between levels (got ${JSON.stringify(value)}).`
          : `Not an id: use 1–64 letters, digits, "_" and "-", starting with a letter or digit (got ${JSON.stringify(value)}).`,
      };
    case 'invalid_value':
      return {
        code: 'invalid_value',
        message: `Must be one of ${issue.values.map((item) => JSON.stringify(item)).join(', ')}; got ${JSON.stringify(value)}.`,
      };
    case 'not_multiple_of':
      return { code: 'not_multiple_of', message: `Must be a multiple of ${String(issue.divisor)}.` };
    default:
      return { code: issue.code, message: `Invalid value: ${describeValue(value)}.` };
  }
}

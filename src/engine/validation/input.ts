// The first pass of every validator: the input is an object or its JSON text, and it does not nest
// absurdly deep (so no later step can overflow the stack, and cyclic objects stop here too).
import { formatPath, type PathSegment, type Problem } from '../model/problems.js';

/** Input nesting deeper than this is refused before parsing. */
export const MAX_INPUT_DEPTH = 64;

/** `input` parsed from JSON when it is a string; `what` names it in messages ("definition", "profile"). */
export function readInput(
  input: unknown,
  what: string,
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problems: [{ path: '', code: 'invalid_json', message: `The text is not valid JSON: ${detail}` }],
      };
    }
  }
  const depthPath = tooDeep(value);
  if (depthPath)
    return {
      ok: false,
      problems: [
        {
          path: formatPath(depthPath),
          code: 'too_deep',
          message: `The ${what} nests deeper than ${MAX_INPUT_DEPTH} levels here.`,
        },
      ],
    };
  return { ok: true, value };
}

/**
 * Iterative depth check (a recursive one could itself overflow); also stops cyclic objects. The walk
 * keeps only values and depths, so it allocates nothing per node; the path of a node too deep is worked
 * out again only then, by the same walk in the same order.
 */
function tooDeep(root: unknown): PathSegment[] | null {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return pathToTooDeep(root);
    if (Array.isArray(value)) {
      // As forEach: holes are skipped, the length is read once.
      const length = value.length;
      for (let index = 0; index < length; index += 1) {
        if (!(index in value)) continue;
        values.push(value[index]);
        depths.push(depth + 1);
      }
    } else {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      for (let index = 0; index < keys.length; index += 1) {
        values.push(record[keys[index]!]);
        depths.push(depth + 1);
      }
    }
  }
  return null;
}

/** The walk of tooDeep() keeping each node's path: the first node it finds too deep. */
function pathToTooDeep(root: unknown): PathSegment[] | null {
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) return path;
    if (Array.isArray(value))
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
  }
  return null;
}

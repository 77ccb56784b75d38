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

/** Iterative depth check (a recursive one could itself overflow); also stops cyclic objects. */
function tooDeep(root: unknown): PathSegment[] | null {
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

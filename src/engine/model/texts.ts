// Texts of a questionnaire: every text key it uses (with where), and looking a key up in one locale's
// i18next-style resources. Used by validation (every key present in every locale), by the locale
// completeness tests and by tools; the components look texts up through i18next instead.
import type { PathSegment } from './problems.js';
import type { Questionnaire, TextResource } from './schema.js';

/** Resolves a dotted key in i18next-style nested resources. */
export function lookupText(resource: TextResource | undefined, key: string): string | undefined {
  let node: string | TextResource | undefined = resource;
  // Part by part without split(): validation looks up every key the questionnaire uses.
  let start = 0;
  for (;;) {
    const end = key.indexOf('.', start);
    const part = end < 0 ? (start === 0 ? key : key.slice(start)) : key.slice(start, end);
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
    if (end < 0) break;
    start = end + 1;
  }
  return typeof node === 'string' ? node : undefined;
}

/** Every text key the questionnaire uses, with where it is used. */
export function textKeys(questionnaire: Questionnaire): { key: string; path: PathSegment[] }[] {
  const keys: { key: string; path: PathSegment[] }[] = [];
  const add = (key: string | undefined, path: PathSegment[]) => {
    if (key !== undefined) keys.push({ key, path });
  };
  add(questionnaire.title, ['title']);
  add(questionnaire.description, ['description']);
  const described = (
    items:
      readonly { title?: string; label?: string; description?: string; shortTitle?: string }[] | undefined,
    name: string,
  ) =>
    items?.forEach((item, index) => {
      add(item.title, [name, index, 'title']);
      add(item.label, [name, index, 'label']);
      add(item.shortTitle, [name, index, 'shortTitle']);
      add(item.description, [name, index, 'description']);
    });
  described(questionnaire.areas, 'areas');
  described(questionnaire.dimensions, 'dimensions');
  described(questionnaire.levels, 'levels');
  described(questionnaire.profiles, 'profiles');
  described(questionnaire.stages, 'stages');
  questionnaire.questions.forEach((question, index) => {
    add(question.title, ['questions', index, 'title']);
    add(question.help, ['questions', index, 'help']);
    add(question.unit, ['questions', index, 'unit']);
    question.options?.forEach((option, position) =>
      add(option.label, ['questions', index, 'options', position, 'label']),
    );
  });
  questionnaire.indices?.forEach((index, position) => {
    add(index.title, ['indices', position, 'title']);
    add(index.description, ['indices', position, 'description']);
    index.items.forEach((item, itemIndex) =>
      add(item.label, ['indices', position, 'items', itemIndex, 'label']),
    );
    index.levels.forEach((band, bandIndex) =>
      add(band.label, ['indices', position, 'levels', bandIndex, 'label']),
    );
  });
  questionnaire.recommendations?.forEach((recommendation, index) => {
    add(recommendation.title, ['recommendations', index, 'title']);
    add(recommendation.body, ['recommendations', index, 'body']);
    recommendation.actions?.forEach((action, position) =>
      add(action.label, ['recommendations', index, 'actions', position, 'label']),
    );
  });
  return keys;
}

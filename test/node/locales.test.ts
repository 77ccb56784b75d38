// Every shipped language is complete: the UI strings (locales/<lang>/ui.json) and the default
// questionnaire's texts (locales/<lang>/questionnaire.json) have every key of English (locales/en/), the plural forms
// their language needs (Intl.PluralRules, as i18next uses), the same {{variables}}, and no value left
// in English unless listed as intended in locales/<lang>/same-as-english.json ("%", "E-mail", …).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [key: string]: string | Tree };
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const SHIPPED = ['cs', 'da', 'de', 'en', 'es', 'fr', 'hu', 'it', 'pl', 'zh'];

function flatten(tree: Tree, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') flatten(value, path, into);
    else into[path] = value;
  }
  return into;
}

/** English's keys as this language needs them: each plural group in the language's own categories. */
function expected(english: Record<string, unknown>, lang: string): Map<string, string> {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(english)) {
    const plural = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
    // A plural group only when English has its `_other` form (`social_two` is an ordinary key).
    if (plural && `${plural[1]}_other` in english) {
      if (plural[2] === 'other')
        for (const category of categories) keys.set(`${plural[1]}_${category}`, String(value));
    } else keys.set(key, String(value));
  }
  return keys;
}

const variables = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)]
    .map((match) => match[1])
    .sort()
    .join(',');

test('the shipped languages are exactly the ten promised', () => {
  const present = readdirSync('locales').filter((lang) => existsSync(join('locales', lang, 'ui.json')));
  assert.deepEqual(present.sort(), SHIPPED);
});

for (const lang of SHIPPED.filter((each) => each !== 'en')) {
  describe(`locale ${lang}`, () => {
    const sameList = existsSync(join('locales', lang, 'same-as-english.json'))
      ? (read(join('locales', lang, 'same-as-english.json')) as string[])
      : [];
    const sources = [
      ['ui', read('locales/en/ui.json') as Tree, join('locales', lang, 'ui.json')],
      [
        'questionnaire',
        read('locales/en/questionnaire.json') as Tree,
        join('locales', lang, 'questionnaire.json'),
      ],
    ] as const;
    for (const [prefix, english, file] of sources) {
      test(`${file} has every key, plural form and variable of English, and nothing else`, () => {
        const want = expected(flatten(english), lang);
        const have = flatten(read(file) as Tree);
        const missing = [...want.keys()].filter(
          (key) => typeof have[key] !== 'string' || !String(have[key]).trim(),
        );
        const extra = Object.keys(have).filter((key) => !want.has(key));
        const wrongVariables = [...want.entries()]
          .filter(
            ([key, value]) => typeof have[key] === 'string' && variables(have[key]) !== variables(value),
          )
          .map(([key]) => key);
        assert.deepEqual({ missing, extra, wrongVariables }, { missing: [], extra: [], wrongVariables: [] });
      });
      test(`${file} leaves nothing in English unless listed as intended`, () => {
        const want = expected(flatten(english), lang);
        const have = flatten(read(file) as Tree);
        const untranslated = [...want.entries()]
          .filter(([key, value]) => have[key] === value && !sameList.includes(`${prefix}:${key}`))
          .map(([key]) => key);
        assert.deepEqual(untranslated, []);
      });
    }
    test('same-as-english.json lists only keys that exist and really are identical', () => {
      const stale = sameList.filter((entry) => {
        const [prefix, key] = entry.split(/:(.*)/s) as [string, string];
        const source = sources.find(([name]) => name === prefix);
        if (!source) return true;
        const english = expected(flatten(source[1]), lang).get(key);
        return english === undefined || flatten(read(source[2]) as Tree)[key] !== english;
      });
      assert.deepEqual(stale, []);
    });
  });
}

test('a check that cannot pass on a broken locale: a missing key and a wrong variable are found', () => {
  const want = expected({ a: 'x {{n}}', b_one: '{{count}} item', b_other: '{{count}} items' }, 'pl');
  assert.deepEqual([...want.keys()].sort(), ['a', 'b_few', 'b_many', 'b_one', 'b_other']);
  assert.notEqual(variables('y {{m}}'), variables(want.get('a')!));
});

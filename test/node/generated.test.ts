// What `npm run generate` writes into generated/ gives back its sources: the complete default
// questionnaire is the structure (src/questionnaires/default.json) with every declared language's
// locales/<lang>/questionnaire.json, each language's texts come back from their three parts (loaded
// through the table the browser uses), the browser's structure is the source structure, English's
// UI strings come back from their two halves, and the React event props are the elements' `@fires`.
// Reads generated/ as the last generation left it (`npm test` generates first).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Questionnaire, TextResource } from '../../src/engine/model/schema.js';
import { score } from '../../src/engine/scoring/score.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { TEXT_PARTS } from '../../src/questionnaires/split.js';
import { DEFAULT_TEXT_PARTS } from '../../generated/questionnaire/parts.js';
import { UI_LANGUAGE_LOADERS } from '../../generated/ui/languages.js';
import { REACT_EVENTS } from '../../generated/react/events.js';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const source = read('src/questionnaires/default.json') as Questionnaire;
const structure = read('generated/questionnaire/structure.json') as Questionnaire;
const localesWith = (file: string) =>
  readdirSync('locales')
    .filter((lang) => existsSync(join('locales', lang, file)))
    .sort();
const sourceTexts = (lang: string) => read(join('locales', lang, 'questionnaire.json')) as TextResource;

describe('generated/questionnaire: the default questionnaire, complete and as the browser loads it', () => {
  it('is the structure with the texts of every language it declares, each from its locales/ file', () => {
    assert.deepEqual(source.texts, {});
    assert.deepEqual(source.locales, [
      'en',
      ...localesWith('questionnaire.json').filter((lang) => lang !== 'en'),
    ]);
    const complete = read('generated/questionnaire/default.json') as Questionnaire;
    assert.deepEqual(complete, {
      ...source,
      texts: Object.fromEntries(source.locales.map((lang) => [lang, sourceTexts(lang)])),
    });
    assert.deepEqual(defaultQuestionnaire, complete);
  });

  it('has a loader for every language, English first', () => {
    assert.deepEqual(Object.keys(DEFAULT_TEXT_PARTS), source.locales);
    assert.deepEqual(structure.locales, source.locales);
  });

  for (const lang of Object.keys(DEFAULT_TEXT_PARTS)) {
    it(`${lang}: the parts the browser loads add up to the source texts, each text in one part`, async () => {
      const parts = Object.fromEntries(
        await Promise.all(
          TEXT_PARTS.map(async (part) => [part, (await DEFAULT_TEXT_PARTS[lang]![part]()).default] as const),
        ),
      ) as Record<(typeof TEXT_PARTS)[number], Record<string, unknown>>;
      const merged: Record<string, unknown> = { ...parts.base, ...parts.results };
      merged.questions = { ...(parts.base.questions as object), ...(parts.questions.questions as object) };
      assert.deepEqual(merged, sourceTexts(lang));
      const topLevel = TEXT_PARTS.flatMap((part) =>
        Object.keys(parts[part]).filter((key) => key !== 'questions'),
      );
      assert.equal(new Set(topLevel).size, topLevel.length, 'a top-level text in two parts');
      // The intro and the first page (the context questions) need only the first part.
      const contextIds = source.questions.filter((item) => !item.dimension).map((item) => item.id);
      assert.deepEqual(Object.keys(parts.base.questions as object).sort(), [...contextIds].sort());
      for (const key of ['recommendations', 'levels', 'profiles', 'stages', 'indices'])
        assert.equal(key in parts.base, false, key);
    });
  }

  it('ships the source structure, which scores exactly like the complete questionnaire', () => {
    assert.deepEqual(structure, source);
    const answers = {
      exports_now: 'yes',
      export_share: 'pct_10_25',
      dm_systems: ['erp', 'crm'],
      dr_staff_internet: 60,
    };
    assert.deepEqual(score(structure, answers), score(defaultQuestionnaire, answers));
  });
});

describe('generated/ui: the UI strings as the browser loads them', () => {
  it('splits English in three parts that add up to locales/en/ui.json', () => {
    const start = read('generated/ui/en.ui-start.json') as Record<string, unknown>;
    const results = read('generated/ui/en.ui-results.json') as Record<string, unknown>;
    const cohort = read('generated/ui/en.ui-cohort.json') as Record<string, unknown>;
    assert.deepEqual(
      Object.keys(start).filter((key) => key in results || key in cohort),
      [],
    );
    assert.deepEqual(
      Object.keys(results).filter((key) => key in cohort),
      [],
    );
    assert.deepEqual({ ...start, ...results, ...cohort }, read('locales/en/ui.json'));
    assert.ok('intro' in start && 'results' in results && !('results' in start));
    assert.ok('cohort' in cohort && !('cohort' in start) && !('cohort' in results));
  });

  it('loads every other shipped language from its locales/<lang>/ui.json', async () => {
    const others = localesWith('ui.json').filter((lang) => lang !== 'en');
    assert.deepEqual(Object.keys(UI_LANGUAGE_LOADERS), others);
    for (const lang of others)
      assert.deepEqual((await UI_LANGUAGE_LOADERS[lang]!()).default, read(join('locales', lang, 'ui.json')));
  });
});

describe("generated/react: the React components' event props", () => {
  it('are what each element class declares with @fires in its JSDoc header, named on + PascalCase', () => {
    // Read here from the headers themselves, a second reading besides the manifest's that
    // generation uses: a stale table or a misread header shows as a difference.
    const declared: Record<string, Record<string, string>> = {};
    for (const name of readdirSync('src/components', { recursive: true }).map(String)) {
      if (!name.endsWith('.ts')) continue;
      for (const [, header] of readFileSync(join('src/components', name), 'utf8').matchAll(
        /\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*export class/g,
      )) {
        const tag = /@tagname\s+(\S+)/.exec(header!)?.[1];
        const events = [...header!.matchAll(/@fires\s+([\w-]+)/g)].map((match) => match[1]!);
        if (tag && events.length > 0)
          declared[tag] = Object.fromEntries(
            events.map((event) => [
              `on${event
                .split('-')
                .map((word) => word[0]!.toUpperCase() + word.slice(1))
                .join('')}`,
              event,
            ]),
          );
      }
    }
    assert.ok(Object.keys(declared).length >= 3, 'found the elements that fire events');
    assert.deepEqual(REACT_EVENTS, declared);
  });
});

describe('npm run generate', () => {
  it('writes nothing when nothing changed, so watchers stay quiet', () => {
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts'], { encoding: 'utf8' });
    assert.equal(run().status, 0);
    const again = run();
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, / 0 written, 0 removed /);
  });
});

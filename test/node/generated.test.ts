import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Questionnaire, TextResource } from '../../src/engine/model/schema.js';
import { splitTexts } from '../../src/questionnaires/split.js';
import questionnaireJson from '../../src/questionnaires/default.json' with { type: 'json' };

const questionnaire = questionnaireJson as unknown as Questionnaire;

describe('the default questionnaire as split for the browser', () => {
  it('is up to date with its sources (npm run generate)', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/split-questionnaire.ts', '--check'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
  });

  it('puts every text in exactly one part, and the context questions in the first', () => {
    const texts = questionnaire.texts.en as TextResource;
    const parts = splitTexts(questionnaire, texts);
    const merged = { ...parts.base, ...parts.results } as Record<string, unknown>;
    merged.questions = { ...(parts.base.questions as object), ...(parts.questions.questions as object) };
    assert.deepEqual(merged, texts);
    const contextIds = questionnaire.questions
      .filter((question) => !question.dimension)
      .map((question) => question.id);
    assert.deepEqual(Object.keys(parts.base.questions as object).sort(), contextIds.sort());
    for (const key of ['recommendations', 'levels', 'profiles', 'stages', 'indices'])
      assert.equal(key in parts.base, false, key);
  });

  it('ships a structure that scores exactly like the full questionnaire', async () => {
    const structure = JSON.parse(readFileSync('src/questionnaires/generated/structure.json', 'utf8'));
    assert.deepEqual(structure.texts, {});
    const { score } = await import('../../src/engine/scoring/score.js');
    const answers = {
      exports_now: 'yes',
      export_share: 'pct_10_25',
      dm_systems: ['erp', 'crm'],
      dr_staff_internet: 60,
    };
    assert.deepEqual(score(structure, answers), score(questionnaire, answers));
  });
});

// The malformed corpus (malformed.cases.ts): every broken questionnaire is rejected with exactly the
// problems listed, path and code, all in one answer, each explained in an English sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateQuestionnaire } from '../../src/engine/index.js';
import { mini } from '../fixtures/mini-questionnaire.js';
import { CASES } from './malformed.cases.js';

test('the corpus starts from a valid questionnaire and holds at least 30 cases', () => {
  assert.equal(validateQuestionnaire(mini()).ok, true);
  assert.ok(CASES.length >= 30, `only ${CASES.length} cases`);
  assert.equal(new Set(CASES.map((item) => item.name)).size, CASES.length, 'case names repeat');
});

for (const item of CASES) {
  test(`rejects ${item.name}`, () => {
    const result = validateQuestionnaire(item.input());
    assert.equal(result.ok, false, 'accepted');
    if (result.ok) return;
    assert.deepEqual(
      result.problems.map((problem) => [problem.path, problem.code]),
      item.problems,
    );
    for (const problem of result.problems) assert.match(problem.message, /^[A-Z"].{8,}/s, problem.message);
  });
}

#!/usr/bin/env node
// `sme-readiness validate <file.json>`: checks a questionnaire definition with the engine and prints
// every problem (exit 1), or a one-line summary (exit 0). Runs in Node only; the library never imports it.
import { readFileSync } from 'node:fs';
import { validateQuestionnaire } from './engine/validation/validate.js';

const USAGE = 'Usage: sme-readiness validate <questionnaire.json>';

function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  const [command, file, ...rest] = args;
  if (command !== 'validate' || file === undefined || rest.length > 0) {
    err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    err(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const result = validateQuestionnaire(text);
  if (!result.ok) {
    err(`${file}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems)
      err(`  ${problem.path || '(root)'}  [${problem.code}]  ${problem.message}`);
    return 1;
  }
  const questionnaire = result.value;
  out(
    `${file}: valid questionnaire "${questionnaire.id}" ${questionnaire.version}: ` +
      `${questionnaire.areas.length} areas, ${questionnaire.dimensions.length} dimensions, ` +
      `${questionnaire.questions.length} questions, ${questionnaire.recommendations?.length ?? 0} recommendations, ` +
      `locales ${questionnaire.locales.join(', ')}`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2), console.log, console.error);

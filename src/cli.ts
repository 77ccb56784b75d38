#!/usr/bin/env node
// `sme-readiness validate <file.json> [--questionnaire <questionnaire.json>]`: checks a questionnaire
// definition or a provider profile with the engine and prints every problem (exit 1), or a one-line
// summary (exit 0); a usage or read error exits 2. Which kind of file it is, it tells from the content:
// a provider profile is the one with `services`. A provider profile is then checked against a
// questionnaire too (the built-in default unless one is given), since its services name that
// questionnaire's ids. Runs in Node only; the library never imports it.
import { readFileSync } from 'node:fs';
import type { Problem } from './engine/model/problems.js';
import type { Questionnaire } from './engine/model/schema.js';
import { checkProviderAgainst } from './engine/provider/check.js';
import { validateProvider } from './engine/provider/validate.js';
import { validateQuestionnaire } from './engine/validation/validate.js';
import { defaultQuestionnaire } from './questionnaires/default.js';

const USAGE = `Usage: sme-readiness validate <file.json> [--questionnaire <questionnaire.json>]

Checks a questionnaire definition or a provider profile and prints every problem.
A file whose top-level object has "services" is read as a provider profile, any other as a questionnaire.
A provider profile is also checked against a questionnaire: the one given with --questionnaire,
or else the built-in default questionnaire.`;

type Print = (line: string) => void;

/** The file and the questionnaire to check against, or null when the arguments are not of the usage. */
function parseArguments(args: readonly string[]): { file: string; questionnaireFile: string | null } | null {
  const [command, ...rest] = args;
  if (command !== 'validate') return null;
  let file: string | null = null;
  let questionnaireFile: string | null = null;
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index]!;
    let value: string | undefined;
    if (arg === '--questionnaire') value = rest[(index += 1)];
    else if (arg.startsWith('--questionnaire=')) value = arg.slice('--questionnaire='.length);
    else if (arg.startsWith('-') || file !== null) return null;
    else {
      file = arg;
      continue;
    }
    if (!value || questionnaireFile !== null) return null;
    questionnaireFile = value;
  }
  return file === null ? null : { file, questionnaireFile };
}

function read(file: string, err: Print): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    err(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

function printProblems(heading: string, problems: readonly Problem[], err: Print): void {
  err(`${heading}: ${problems.length} problem(s)`);
  for (const problem of problems) err(`  ${problem.path || '(root)'}  [${problem.code}]  ${problem.message}`);
}

/** The parsed JSON when it is a provider profile (an object with `services`), else null. */
function providerInput(text: string): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null; // not JSON: validateQuestionnaire reports it
  }
  return value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.hasOwn(value, 'services')
    ? (value as Record<string, unknown>)
    : null;
}

function main(args: readonly string[], out: Print, err: Print): number {
  const options = parseArguments(args);
  if (options === null) {
    err(USAGE);
    return 2;
  }
  const { file, questionnaireFile } = options;
  const text = read(file, err);
  if (text === null) return 2;
  const provider = providerInput(text);
  if (provider === null) {
    if (questionnaireFile !== null) {
      err(
        `${file} is a questionnaire (it has no "services"); --questionnaire applies to provider profiles only.`,
      );
      return 2;
    }
    return validateQuestionnaireFile(file, text, out, err);
  }
  return validateProviderFile(file, provider, questionnaireFile, out, err);
}

function validateQuestionnaireFile(file: string, text: string, out: Print, err: Print): number {
  const result = validateQuestionnaire(text);
  if (!result.ok) {
    printProblems(file, result.problems, err);
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

function validateProviderFile(
  file: string,
  input: unknown,
  questionnaireFile: string | null,
  out: Print,
  err: Print,
): number {
  const result = validateProvider(input);
  if (!result.ok) {
    printProblems(file, result.problems, err);
    return 1;
  }
  let questionnaire: Questionnaire = defaultQuestionnaire;
  if (questionnaireFile !== null) {
    const text = read(questionnaireFile, err);
    if (text === null) return 2;
    const checked = validateQuestionnaire(text);
    if (!checked.ok) {
      printProblems(`${questionnaireFile} (the questionnaire to check against)`, checked.problems, err);
      return 1;
    }
    questionnaire = checked.value;
  }
  const provider = result.value;
  const against = `questionnaire "${questionnaire.id}" ${questionnaire.version}`;
  const problems = checkProviderAgainst(provider, questionnaire);
  if (problems.length > 0) {
    printProblems(`${file} against ${against}`, problems, err);
    return 1;
  }
  out(
    `${file}: valid provider profile "${provider.id}" ${provider.version}: ` +
      `${provider.services.length} services, locales ${provider.locales.join(', ')}; ` +
      `its references fit ${against}`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2), console.log, console.error);

// The one answer model: what counts as a valid answer to a question, and the one normal form of it.
// Every reader of answers goes through here — score(), parseAnswers() (saved progress, opened files,
// the collector), the share-link decoder and <sme-question> (clicks and typed numbers) — so that a
// repeated option, an exclusive option beside others or a number off its step means the same
// everywhere.
//
// Normal form: single, scale and boolean → one option id; multi → option ids without repeats, in the
// options' order, at least one, an exclusive option ("none of these") only alone; number → a finite
// number within min–max on the question's step, or one of its extra options ("don't know"); country →
// an upper-case ISO 3166-1 alpha-2 code among those the question offers (its `countries`, or all);
// with `maxChoices` above 1, a list of such codes without repeats, in the order chosen (the first is the
// main one), at least one and at most `maxChoices`.
import type { CompiledQuestion } from '../model/compile.js';
import { isCountryCode } from '../model/countries.js';
import { describeValue, type PathSegment } from '../model/problems.js';
import type { Answer } from '../model/schema.js';

/** Told why (part of) an answer was refused; `at` is the position in a multi-choice list, if any. */
export type AnswerReporter = (code: string, message: string, at?: PathSegment) => void;

/** How close a number must be to a step to count as on it (decimal steps such as 0.1 are inexact). */
const STEP_TOLERANCE = 1e-9;

/**
 * The answer in normal form, or undefined when nothing valid is left. A multi-choice list keeps its
 * valid items (each refused item is reported); anything else is valid whole or not at all. Without a
 * reporter this allocates nothing for an answer already in normal form (score() calls it per question).
 */
export function normaliseAnswer(
  question: CompiledQuestion,
  raw: unknown,
  report?: AnswerReporter,
): Answer | undefined {
  const { type } = question.question;
  if (type === 'country') return checkCountry(question, raw, report);
  if (typeof raw === 'string') {
    if (type === 'multi') {
      report?.('invalid_type', `Expected a list of option ids, got ${describeValue(raw)}.`);
      return undefined;
    }
    if (question.options.has(raw)) return raw;
    report?.('unknown_option', `Question "${question.id}" has no option "${raw}".`);
    return undefined;
  }
  if (type === 'number' && typeof raw === 'number') return checkNumber(question, raw, report);
  if (type === 'multi' && Array.isArray(raw)) return normaliseChoices(question, raw, report);
  const expected =
    type === 'multi'
      ? 'a list of option ids'
      : type === 'number'
        ? 'a number or an option id'
        : 'an option id';
  report?.('invalid_type', `Expected ${expected}, got ${describeValue(raw)}.`);
  return undefined;
}

/** Why a number does not fit a number question, or null when it does. */
export function numberProblem(
  question: CompiledQuestion,
  value: number,
): { code: 'invalid_type' | 'out_of_range' | 'off_step'; message: string } | null {
  const { min, max, step } = question.question;
  if (!Number.isFinite(value)) return { code: 'invalid_type', message: 'Expected a finite number.' };
  if ((min !== undefined && value < min) || (max !== undefined && value > max))
    return { code: 'out_of_range', message: `${value} is outside ${min ?? '−∞'}–${max ?? '∞'}.` };
  if (step !== undefined) {
    const steps = (value - (min ?? 0)) / step;
    if (Math.abs(steps - Math.round(steps)) > STEP_TOLERANCE)
      return { code: 'off_step', message: `${value} is not on a step of ${step} from ${min ?? 0}.` };
  }
  return null;
}

function checkCountry(
  question: CompiledQuestion,
  raw: unknown,
  report?: AnswerReporter,
): string | string[] | undefined {
  const most = question.question.maxChoices ?? 1;
  return most > 1 ? checkCountries(question, raw, most, report) : checkOneCountry(question, raw, report);
}

function checkOneCountry(
  question: CompiledQuestion,
  raw: unknown,
  report?: AnswerReporter,
): string | undefined {
  if (typeof raw !== 'string') {
    report?.('invalid_type', `Expected a country code such as "DE", got ${describeValue(raw)}.`);
    return undefined;
  }
  if (question.countries?.has(raw)) return raw;
  report?.(
    'unknown_country',
    isCountryCode(raw)
      ? `Question "${question.id}" does not offer the country "${raw}".`
      : `"${raw}" is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as "DE").`,
  );
  return undefined;
}

function checkCountries(
  question: CompiledQuestion,
  raw: unknown,
  most: number,
  report?: AnswerReporter,
): string[] | undefined {
  if (!Array.isArray(raw)) {
    report?.('invalid_type', `Expected a list of country codes such as ["DE"], got ${describeValue(raw)}.`);
    return undefined;
  }
  // Fast path: already in normal form.
  let normal = raw.length > 0 && raw.length <= most;
  for (let index = 0; normal && index < raw.length; index += 1) {
    const code = raw[index];
    normal =
      typeof code === 'string' && question.countries?.has(code) === true && raw.indexOf(code) === index;
  }
  if (normal) return raw as string[];
  const kept: string[] = [];
  raw.forEach((item, index) => {
    const code = checkOneCountry(question, item, report && ((why, message) => report(why, message, index)));
    if (code === undefined) return;
    if (kept.includes(code)) report?.('duplicate_choice', `"${code}" is chosen twice.`, index);
    else if (kept.length >= most)
      report?.('too_many_choices', `Question "${question.id}" takes at most ${most} countries.`, index);
    else kept.push(code);
  });
  return kept.length > 0 ? kept : undefined;
}

function checkNumber(question: CompiledQuestion, value: number, report?: AnswerReporter): number | undefined {
  const problem = numberProblem(question, value);
  if (!problem) return value;
  report?.(problem.code, problem.message);
  return undefined;
}

function normaliseChoices(
  question: CompiledQuestion,
  raw: readonly unknown[],
  report?: AnswerReporter,
): string[] | undefined {
  // Fast path: already in normal form (known ids in strictly increasing option order, an exclusive one
  // only alone). Returned as it is.
  let previous = -1;
  let normal = raw.length > 0;
  for (let index = 0; normal && index < raw.length; index += 1) {
    const item = raw[index];
    const position = typeof item === 'string' ? (question.options.get(item)?.position ?? -1) : -1;
    if (position <= previous || (raw.length > 1 && question.optionExclusive[position])) normal = false;
    previous = position;
  }
  if (normal) return raw as string[];

  const chosen = new Set<number>();
  raw.forEach((item, index) => {
    if (typeof item !== 'string') {
      report?.('invalid_type', `Expected an option id, got ${describeValue(item)}.`, index);
      return;
    }
    const option = question.options.get(item);
    if (!option) report?.('unknown_option', `Question "${question.id}" has no option "${item}".`, index);
    else chosen.add(option.position);
  });
  if (chosen.size === 0) return undefined;
  const positions = [...chosen].sort((a, b) => a - b);
  const exclusive = positions.find((position) => question.optionExclusive[position]);
  if (exclusive !== undefined && positions.length > 1) {
    report?.(
      'exclusive_conflict',
      `"${question.optionIds[exclusive]}" excludes the other choices; the answer was dropped.`,
    );
    return undefined;
  }
  return positions.map((position) => question.optionIds[position]!);
}

/**
 * The answer after the SME ticks (`checked`) or unticks an option: a single choice becomes that option;
 * a multi choice adds or removes it (an exclusive option clears the others, a real choice clears the
 * exclusive ones); a number question's extra option ("don't know") replaces the number. Null: unanswered.
 */
export function toggleOption(
  question: CompiledQuestion,
  current: Answer | null | undefined,
  optionId: string,
  checked: boolean,
): Answer | null {
  const option = question.options.get(optionId);
  if (!option) return normaliseAnswer(question, current) ?? null;
  const { type } = question.question;
  if (type === 'number') return checked ? optionId : null;
  if (type !== 'multi') return checked ? optionId : (normaliseAnswer(question, current) ?? null);
  const selected = normaliseAnswer(question, current);
  const ids = Array.isArray(selected) ? selected : [];
  let next: string[];
  if (!checked) next = ids.filter((id) => id !== optionId);
  else if (question.optionExclusive[option.position]) next = [optionId];
  else
    next = [...ids.filter((id) => !question.optionExclusive[question.options.get(id)!.position]), optionId];
  return normaliseAnswer(question, next) ?? null;
}

/** What typing in a number field gave: a valid answer, nothing (an empty field), or why it is not one. */
export type NumberEntry =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; code: 'not_a_number' | 'invalid_type' | 'out_of_range' | 'off_step' };

/**
 * Reads what an SME typed into a number question's field: spaces (thousands separators) are ignored and
 * a decimal comma is read as a point, then the number must fit the question as any other answer.
 */
export function parseNumberEntry(question: CompiledQuestion, text: string): NumberEntry {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return { kind: 'empty' };
  const normalised = compact.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return { kind: 'invalid', code: 'not_a_number' };
  const value = Number(normalised);
  const problem = numberProblem(question, value);
  return problem ? { kind: 'invalid', code: problem.code } : { kind: 'number', value };
}

/**
 * The answer after the SME picks `value` in a drop-down (a `display: "dropdown"` single choice or a
 * country question): the empty first entry clears the answer, anything else must fit the question.
 */
export function selectAnswer(question: CompiledQuestion, value: string): Answer | null {
  if (value === '') return null;
  const answer = normaliseAnswer(question, value);
  return typeof answer === 'string' ? answer : null;
}

/**
 * A country question with several choices after its drop-down number `index` (0-based) was set to
 * `code` ('' clears it): the list keeps its order, a cleared entry closes the gap, and a country chosen
 * twice stays only where it was chosen now. Null when nothing is left.
 */
export function chooseCountryAt(
  question: CompiledQuestion,
  current: Answer | undefined,
  index: number,
  code: string,
): Answer | null {
  let list = Array.isArray(current) ? [...current] : [];
  if (code === '') list.splice(index, 1);
  else if (question.countries?.has(code)) {
    // An unknown code changes nothing; a known one takes its place and leaves any other.
    const placed = Math.min(index, list.length);
    list[placed] = code;
    list = list.filter((each, at) => each !== code || at === placed);
  }
  const answer = normaliseAnswer(question, list);
  return Array.isArray(answer) ? answer : null;
}

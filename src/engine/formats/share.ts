// Share links: the answers packed into a URL fragment (`#sme=…`), which browsers never send to a server.
//
// Format, version 1: `<id>~<version>~<answers>`, each part percent-encoded where needed. The answers are
// one field per question in asking order, separated by `_`, trailing empty fields dropped:
//   single, scale, boolean → the option's position in base 36 (`0`–`z`);
//   multi → a bit mask of the chosen positions in base 36;
//   number → the number in decimal;
//   country → the ISO 3166-1 alpha-2 code in lower case (`de`), keeping the fields' alphabet; several
//     countries (`maxChoices` above 1) → their codes one after another, in the order chosen (`cnusjp`);
//   unanswered → empty.
// A single choice shown as a drop-down (`display: "dropdown"`) is a single choice here too.
// Positions only mean something for the same questionnaire version, so a link made with another version
// is refused rather than misread. The default questionnaire's links stay under 200 characters.
import { normaliseAnswer } from '../answers/normalise.js';
import { compile } from '../model/compile.js';
import type { Answers, Questionnaire } from '../model/schema.js';
import { SHARE_PARAMETER, sharePayload, withSharePayload } from './share-link.js';

export { SHARE_PARAMETER, sharePayload };

export type ShareDecoding =
  | { ok: true; answers: Answers }
  | { ok: false; reason: 'not_share_link' | 'other_questionnaire' | 'other_version' | 'damaged' };

/** The fragment payload (without `#sme=`) for these answers; invalid answers are left out. */
export function encodeShare(questionnaire: Questionnaire, answers: Answers): string {
  const fields: string[] = [];
  for (const question of compile(questionnaire).questions) {
    const answer = normaliseAnswer(question, answers[question.id]);
    if (answer === undefined) fields.push('');
    else if (question.question.type === 'country')
      fields.push((Array.isArray(answer) ? answer.join('') : String(answer)).toLowerCase());
    else if (typeof answer === 'number') fields.push(String(answer));
    else if (typeof answer === 'string') fields.push(question.optionIds.indexOf(answer).toString(36));
    else {
      let mask = 0n;
      for (const id of answer) mask |= 1n << BigInt(question.optionIds.indexOf(id));
      fields.push(mask.toString(36));
    }
  }
  while (fields.length > 0 && fields.at(-1) === '') fields.pop();
  return [
    encodeURIComponent(questionnaire.id),
    encodeURIComponent(questionnaire.version),
    fields.join('_'),
  ].join('~');
}

/** A full link: `base` (the page's address) with the answers in its fragment. */
export function shareUrl(questionnaire: Questionnaire, answers: Answers, base: string): string {
  return withSharePayload(base, encodeShare(questionnaire, answers));
}

export function decodeShare(questionnaire: Questionnaire, payload: string): ShareDecoding {
  const parts = payload.split('~');
  if (parts.length !== 3) return { ok: false, reason: 'not_share_link' };
  let id: string;
  let version: string;
  try {
    id = decodeURIComponent(parts[0]!);
    version = decodeURIComponent(parts[1]!);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (id !== questionnaire.id) return { ok: false, reason: 'other_questionnaire' };
  if (version !== questionnaire.version) return { ok: false, reason: 'other_version' };
  const questions = compile(questionnaire).questions;
  const fields = parts[2] === '' ? [] : parts[2]!.split('_');
  if (fields.length > questions.length) return { ok: false, reason: 'damaged' };
  const answers: Answers = {};
  for (const [index, field] of fields.entries()) {
    if (field === '') continue;
    const question = questions[index]!;
    const { type } = question.question;
    let raw: unknown;
    if (type === 'number') raw = /^-?\d+(\.\d+)?(e-?\d+)?$/.test(field) ? Number(field) : undefined;
    else if (type === 'country') {
      const several = (question.question.maxChoices ?? 1) > 1;
      raw = !/^([a-z]{2})+$/.test(field)
        ? undefined
        : several
          ? (field.toUpperCase().match(/../g) ?? [])
          : field.length === 2
            ? field.toUpperCase()
            : undefined;
    } else if (!/^[0-9a-z]+$/.test(field)) raw = undefined;
    else if (type === 'multi') {
      const mask = parseBase36(field);
      raw = question.optionIds.filter((_, position) => (mask >> BigInt(position)) & 1n);
    } else raw = question.optionIds[parseInt(field, 36)];
    // A field must decode to an answer already in normal form (no exclusive option beside others).
    const answer = normaliseAnswer(question, raw);
    if (answer === undefined || JSON.stringify(answer) !== JSON.stringify(raw))
      return { ok: false, reason: 'damaged' };
    answers[question.id] = answer;
  }
  return { ok: true, answers };
}

function parseBase36(text: string): bigint {
  let value = 0n;
  for (const char of text) value = value * 36n + BigInt(parseInt(char, 36));
  return value;
}

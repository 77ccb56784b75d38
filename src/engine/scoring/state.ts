// The answer state: which questions are visible (in asking order, each `visibleIf` seeing only earlier,
// visible answers and the profile), their answers in normal form, the profile and the stage. score()
// builds on it; the components use it to know which pages to show. Raw input is read through the one
// answer model (answers/normalise.ts), so nothing here decides what a valid answer is.
import {
  compile,
  type CompiledQuestion,
  type CompiledQuestionnaire,
  type CompiledRule,
} from '../model/compile.js';
import type { EvaluationState } from '../model/predicates.js';
import type { Answer, Answers, Questionnaire } from '../model/schema.js';
import { normaliseAnswer } from '../answers/normalise.js';

/**
 * The state that decides what is asked: which questions are visible, their valid answers, the profile
 * and the stage. Shared by score() and the components (which pages to show).
 */
export interface AnswerState {
  readonly compiled: CompiledQuestionnaire;
  /** Visibility by asking order. */
  readonly visible: readonly boolean[];
  /** Valid answers of visible questions, by asking order. */
  readonly answers: readonly (Answer | undefined)[];
  readonly profile: string | null;
  readonly stage: string | null;
}

/** What compiled conditions read; filled step by step as score() proceeds. */
export class Evaluation implements EvaluationState {
  readonly visible: boolean[] = [];
  readonly answers: (Answer | undefined)[] = [];
  readonly dimensionScores: (number | null)[] = [];
  readonly areaScores: (number | null)[] = [];
  overallScore: number | null = null;
  readonly indexPoints: (number | null)[] = [];
  private profileId: string | null | undefined = undefined;
  private stageId: string | null | undefined = undefined;
  /** Position of the profile (stage) rule that matched, -1 for none; set with profile() (stage()). */
  profileRule = -1;
  stageRule = -1;
  private readonly compiled: CompiledQuestionnaire;

  constructor(compiled: CompiledQuestionnaire) {
    this.compiled = compiled;
  }

  // Computed when first asked: a `visibleIf` may read the profile, from answers validated to come earlier.
  profile(): string | null {
    if (this.profileId === undefined) {
      const rules = this.compiled.profiles;
      this.profileRule = firstMatch(rules, this);
      this.profileId = this.profileRule < 0 ? null : rules[this.profileRule]!.id;
    }
    return this.profileId;
  }

  stage(): string | null {
    if (this.stageId === undefined) {
      const rules = this.compiled.stages;
      this.stageRule = firstMatch(rules, this);
      this.stageId = this.stageRule < 0 ? null : rules[this.stageRule]!.id;
    }
    return this.stageId;
  }
}

function firstMatch(rules: readonly CompiledRule[], state: EvaluationState): number {
  for (let position = 0; position < rules.length; position += 1) {
    const when = rules[position]!.when;
    if (when === null || when(state)) return position;
  }
  return -1;
}

export function evaluateAnswers(
  compiled: CompiledQuestionnaire,
  answers: Readonly<Record<string, unknown>>,
): Evaluation {
  const state = new Evaluation(compiled);
  // Anything but a plain object holds no answers (parseAnswers refuses it the same way).
  const input = answers !== null && typeof answers === 'object' && !Array.isArray(answers) ? answers : null;
  const { questions } = compiled;
  for (let order = 0; order < questions.length; order += 1) {
    const question = questions[order]!;
    const shown = question.visibleIf === null || question.visibleIf(state);
    state.visible.push(shown);
    state.answers.push(shown && input !== null ? readAnswer(question, input) : undefined);
  }
  return state;
}

/**
 * The valid answer an object holds for a question: its own property of that name, read through the
 * answer model. One keyed read per question is fastest whatever the object's layout (V8 keeps an object
 * of many answers set one by one as a hash table, where walking its keys means sorting them first).
 */
export function readAnswer(
  question: CompiledQuestion,
  answers: Readonly<Record<string, unknown>>,
): Answer | undefined {
  const raw = answers[question.id];
  // An inherited property is no answer; an own property holding undefined reads as none either way.
  if (raw === undefined || !Object.hasOwn(answers, question.id)) return undefined;
  return normaliseAnswer(question, raw);
}

export function answerState(
  questionnaire: Questionnaire,
  answers: Answers | Readonly<Record<string, unknown>>,
): AnswerState {
  const compiled = compile(questionnaire);
  const state = evaluateAnswers(compiled, answers);
  return {
    compiled,
    visible: state.visible,
    answers: state.answers,
    profile: state.profile(),
    stage: state.stage(),
  };
}

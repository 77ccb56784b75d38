// The answer state: which questions are visible (in asking order, each `visibleIf` seeing only earlier,
// visible answers and the profile), their answers in normal form, the profile and the stage. score()
// builds on it; the components use it to know which pages to show. Raw input is read through the one
// answer model (answers/normalise.ts), so nothing here decides what a valid answer is.
import { compile, type CompiledQuestionnaire, type CompiledRule } from '../model/compile.js';
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
  private readonly compiled: CompiledQuestionnaire;

  constructor(compiled: CompiledQuestionnaire) {
    this.compiled = compiled;
  }

  // Computed when first asked: a `visibleIf` may read the profile, from answers validated to come earlier.
  profile(): string | null {
    if (this.profileId === undefined) this.profileId = firstMatch(this.compiled.profiles, this);
    return this.profileId;
  }

  stage(): string | null {
    if (this.stageId === undefined) this.stageId = firstMatch(this.compiled.stages, this);
    return this.stageId;
  }
}

function firstMatch(rules: readonly CompiledRule[], state: EvaluationState): string | null {
  for (const rule of rules) if (rule.when === null || rule.when(state)) return rule.id;
  return null;
}

export function evaluateAnswers(
  compiled: CompiledQuestionnaire,
  answers: Readonly<Record<string, unknown>>,
): Evaluation {
  const state = new Evaluation(compiled);
  // Anything but a plain object holds no answers (parseAnswers refuses it the same way).
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) answers = {};
  // One pass over the answers' own keys (for…in is V8's fast path for an object's keys and values)
  // instead of one keyed lookup per question, which dominated scoring time (and measured bimodal:
  // sometimes 40 % slower, depending on how the lookups were warmed up).
  const given: unknown[] = new Array(compiled.questions.length);
  for (const id in answers) {
    const question = compiled.byId.get(id);
    if (question && Object.hasOwn(answers, id)) given[question.order] = answers[id];
  }
  for (const question of compiled.questions) {
    const shown = question.visibleIf === null || question.visibleIf(state);
    state.visible.push(shown);
    state.answers.push(shown ? normaliseAnswer(question, given[question.order]) : undefined);
  }
  return state;
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

// The questionnaires a collector accepts submissions for: the default one shipped with sme-readiness,
// plus a provider's own (`--questionnaire file.json`). Each is validated by the engine once, at start;
// a submission names its questionnaire by id and version and is scored against exactly that one.
import { readFileSync } from 'node:fs';
import { validateQuestionnaire, type Questionnaire } from 'sme-readiness/engine';

export class QuestionnaireRegistry {
  readonly #byKey = new Map<string, Questionnaire>();

  constructor(questionnaires: Iterable<Questionnaire>) {
    for (const questionnaire of questionnaires) this.add(questionnaire);
  }

  /** Validates and registers; throws with the engine's problems when the questionnaire is not valid. */
  add(input: unknown, source = 'a questionnaire'): Questionnaire {
    const validation = validateQuestionnaire(input);
    if (!validation.ok) {
      const lines = validation.problems.slice(0, 10).map((p) => `  ${p.path || '(root)'}: ${p.message}`);
      throw new Error(`${source} is not a valid questionnaire:\n${lines.join('\n')}`);
    }
    const questionnaire = validation.value;
    this.#byKey.set(key(questionnaire.id, questionnaire.version), questionnaire);
    return questionnaire;
  }

  get(id: string, version: string): Questionnaire | undefined {
    return this.#byKey.get(key(id, version));
  }

  /** Versions registered for an id, to tell an SME's browser which ones this collector knows. */
  versionsOf(id: string): string[] {
    return [...this.#byKey.values()].filter((q) => q.id === id).map((q) => q.version);
  }

  all(): Questionnaire[] {
    return [...this.#byKey.values()];
  }
}

export function loadQuestionnaireFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the questionnaire ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`The questionnaire ${path} is not JSON: ${(error as Error).message}`, { cause: error });
  }
}

function key(id: string, version: string): string {
  return `${id}\u0000${version}`;
}

// Shared test data for the component suites: the small fixture questionnaire, validated once.
import { validateQuestionnaire } from '../../../src/engine/validation/validate.js';
import type { Questionnaire } from '../../../src/engine/model/schema.js';
import small from '../../fixtures/small.json';

export function smallQuestionnaire(): Questionnaire {
  const validation = validateQuestionnaire(structuredClone(small));
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  return validation.value;
}

/** Resolves with the next event of that name dispatched on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    target.addEventListener(name, (event) => resolve(event as CustomEvent<T>), { once: true }),
  );
}

/** Waits until `check` returns a truthy value (polling every 20 ms), or fails after `timeout` ms. */
export async function until<T>(
  check: () => T | null | undefined | false,
  timeout = 5000,
  what = 'condition',
): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The deepest active element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

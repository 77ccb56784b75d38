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

/** Every open shadow root under `root`, depth first, `root`'s own first. */
function shadowRoots(root: Element | ShadowRoot | Document): (ShadowRoot | Document | Element)[] {
  // Duck-typed, not `instanceof Element`: an element of an iframe's page belongs to another realm.
  const start = 'shadowRoot' in root && root.shadowRoot ? root.shadowRoot : root;
  const found: (ShadowRoot | Document | Element)[] = [start];
  for (const element of start.querySelectorAll('*'))
    if (element.shadowRoot) found.push(...shadowRoots(element.shadowRoot));
  return found;
}

/**
 * The first element matching `selector` in `root`'s shadow root or in any shadow root nested in it: the
 * results screen is an element of its own inside <sme-readiness>, and tests look for what a user sees.
 */
export function deepQuery<K extends keyof HTMLElementTagNameMap>(
  root: Element | ShadowRoot | Document,
  selector: K,
): HTMLElementTagNameMap[K] | null;
export function deepQuery<E extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): E | null;
export function deepQuery<E extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): E | null {
  for (const scope of shadowRoots(root)) {
    const match = scope.querySelector<E>(selector);
    if (match) return match;
  }
  return null;
}

export function deepQueryAll<E extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): E[] {
  return shadowRoots(root).flatMap((scope) => [...scope.querySelectorAll<E>(selector)]);
}

/** The text a user would read in `root`, nested shadow roots included, whitespace collapsed. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const element = node as Element;
    if (element.shadowRoot) walk(element.shadowRoot);
    if (element.localName === 'style' || element.localName === 'script') return;
    node.childNodes.forEach(walk);
  };
  walk('shadowRoot' in root && root.shadowRoot ? root.shadowRoot : root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

// The base of every element: what each one repeats — the library version (for the double-load
// warning in define.ts), the `lang` property, the translation binding (a LocalizeController that
// re-renders on language changes and text arrivals) and short `t` (UI strings) and `q` (questionnaire
// texts) look-ups. An element that shows a questionnaire's texts overrides `textSource()`.
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Questionnaire } from '../engine/model/schema.js';
import { VERSION } from '../version.js';
import { LocalizeController } from './i18n.js';

type Interpolation = Record<string, unknown>;

export class SmeElement extends LitElement {
  static readonly smeVersion = VERSION;

  /** Language of the texts (BCP 47); inherited from the nearest `lang` when not set. */
  @property() override lang = '';

  protected readonly localize = new LocalizeController(this, () => this.textSource());

  /** The questionnaire whose texts this element shows, if any. */
  protected textSource(): Questionnaire | null {
    return null;
  }

  // Arrow functions, so that `const { t, q } = this` works in render methods.
  /** A UI string in the element's language. */
  protected readonly t = (key: string, options?: Interpolation): string => this.localize.t(key, options);

  /** A questionnaire text in the element's language (falling back to the questionnaire's default). */
  protected readonly q = (key: string | undefined, options?: Interpolation): string =>
    this.localize.q(key, options);
}

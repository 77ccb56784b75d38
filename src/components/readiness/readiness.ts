import { LitElement, html, css } from 'lit';
import { VERSION } from '../../version.js';

/**
 * @summary The complete readiness assessment: intro, questionnaire and results.
 *
 * @csspart base - The widget's outer box.
 */
export class SmeReadiness extends LitElement {
  static readonly smeVersion = VERSION;

  static override styles = css`
    :host {
      display: block;
      font: inherit;
    }
  `;

  override render() {
    return html`<section part="base" aria-label="SME readiness assessment">
      <h2>How ready is your business to go international?</h2>
      <p>The assessment is being built.</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-readiness': SmeReadiness;
  }
}

// Where the SME is in the questionnaire: "Step 3 of 13: Data management" and a bar. The text sits in a
// polite live region, so screen readers hear each page change without losing their place. The bar's
// width is set through the CSSOM, which a strict Content Security Policy allows.
import { html } from 'lit';
import { SmeElement } from '../../internal/sme-element.js';
import { property } from 'lit/decorators.js';
import { setBarWidths } from '../../internal/style.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { progressStyles } from './progress.styles.js';

/**
 * @tagname sme-progress
 * @summary A progress indicator: the step, its title and a bar.
 *
 * @csspart base - The wrapper.
 * @csspart bar - The filled part of the bar.
 *
 * @cssprop --sme-color-primary - The bar's colour.
 */
export class SmeProgress extends SmeElement {
  static override styles = [themeStyles, progressStyles];

  /** The current step, from 1. */
  @property({ type: Number }) current = 1;

  /** The number of steps. */
  @property({ type: Number }) total = 1;

  /** The current step's title, already translated. */
  @property({ attribute: 'step-title' }) stepTitle = '';

  /** Share of visible questions answered, 0–1; shown as a percentage when set. */
  @property({ type: Number }) answered: number | null = null;

  protected override updated(): void {
    setBarWidths(this.renderRoot);
  }

  override render() {
    const total = Math.max(1, this.total);
    const current = Math.min(Math.max(1, this.current), total);
    const text = this.stepTitle
      ? this.localize.t('progress.stepTitle', { current, total, title: this.stepTitle })
      : this.localize.t('progress.step', { current, total });
    const ratio = current / total;
    return html`<div part="base">
      <div class="label">
        <span role="status" aria-live="polite" aria-atomic="true">${text}</span>
        ${
          this.answered === null
            ? ''
            : html`<span
                >${this.localize.t('progress.answered', { percent: this.localize.percent(this.answered) })}</span
              >`
        }
      </div>
      <div class="track" aria-hidden="true">
        <div class="bar" part="bar" data-width=${(ratio * 100).toFixed(1)}></div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-progress': SmeProgress;
  }
}

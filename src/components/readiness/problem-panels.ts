// The panels <sme-readiness> shows when something is wrong: the questionnaire could not be loaded or is
// invalid (the whole widget), or the provider profile cannot be used (above the screens; the assessment
// goes on). What went wrong in words for the SME, and the details (message, every problem with its path
// and code) for the page's developer. Loaded only when a problem occurs.
import { css, html, nothing } from 'lit';
import type { Problem } from '../../engine/model/problems.js';
import type { SmeErrorDetail } from '../../internal/events.js';
import { useResultsStrings } from '../../internal/ui-results.js';

/** Added to <sme-readiness>'s styles when this module loads (see readiness.ts, loadPanels). */
export const panelStyles = css`
  .error {
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error h2 {
    color: var(--_danger);
    font-size: 1.25em;
  }
  .error summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  .error .message {
    overflow-wrap: anywhere;
  }
  .problems {
    margin: 0.5em 0 1em;
    padding-inline-start: 1.2em;
    display: grid;
    gap: 0.35em;
    overflow-wrap: anywhere;
  }
  code {
    font-size: 0.9em;
    padding: 0 0.25em;
    border-radius: 4px;
    background: var(--_surface-alt);
  }
  .error + * {
    margin-top: var(--_space);
  }
`;

type Translate = (key: string, options?: Record<string, unknown>) => string;

function problemList(problems: readonly Problem[]) {
  if (problems.length === 0) return nothing;
  return html`<ul class="problems">
    ${problems.slice(0, 50).map(
      (problem) =>
        html`<li>
          <code>${problem.path || '(root)'}</code>
          <code>${problem.code}</code> ${problem.message}
        </li>`,
    )}
    ${problems.length > 50 ? html`<li>… ${problems.length - 50} more</li>` : nothing}
  </ul>`;
}

/** The whole widget's problem panel, with "Try again" when a URL did not answer. */
export function errorScreen(error: SmeErrorDetail | null, t: Translate, retry: () => void) {
  return html`<div class="error" part="error" role="alert">
    <h2>${t('error.title')}</h2>
    <p>${t('error.lead')}</p>
    <details open>
      <summary>${t('error.details')}</summary>
      <p class="message">${error?.message}</p>
      ${problemList(error?.problems ?? [])}
    </details>
    ${
      error?.code === 'questionnaire-fetch'
        ? html`<button part="button" class="button secondary" type="button" @click=${retry}>
            ${t('error.retry')}
          </button>`
        : nothing
    }
  </div>`;
}

/** Why the provider profile is not used, above the screens: its services are left out. */
export function providerProblem(error: SmeErrorDetail, t: Translate) {
  // Its words are among the results' strings, where the provider's offer is shown.
  useResultsStrings();
  return html`<div class="error provider-problem" part="provider-problem" role="alert">
    <p><strong>${t('provider.problem')}</strong></p>
    <details>
      <summary>${t('error.details')}</summary>
      <p class="message">${error.message}</p>
      ${problemList(error.problems)}
    </details>
  </div>`;
}

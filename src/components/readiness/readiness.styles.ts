import { css } from 'lit';

// Notes on the rules below, kept out of the template because comments inside css`` ship to every page:
// - `.base` min-height: room for the intro at any width, reserved while loading, so the host page does
//   not move when it appears; pages that reserve the same before the script runs (README) never move.
// - `.language select, .compare select, .share-link`: the widget's own fields, styled alike.
// - Headings take focus only so screen readers start reading the new screen there; they are not
//   controls, so they show no focus ring.
// - `@media print`: the report only (no buttons, pickers or notices), in black on white, for A4 and
//   Letter alike; the paper size is the host page's (@page does not apply inside a shadow root).
export const readinessStyles = css`
  :host {
    display: block;
    container: sme / inline-size;
  }
  .base {
    min-height: 34rem;
    padding: clamp(16px, 4cqi, 32px);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.4);
    background: var(--_surface);
    color: var(--_text);
  }
  .language {
    display: flex;
    justify-content: flex-end;
    margin-bottom: 8px;
  }
  .language label {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .language select,
  .compare select,
  .share-link {
    min-height: 44px;
    max-width: 100%;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.55em;
    line-height: 1.25;
  }
  h2[tabindex='-1']:focus {
    outline: none;
  }
  h3 {
    margin: 1.75em 0 0.5em;
    font-size: 1.2em;
  }
  .lead {
    margin: 0;
    font-size: 1.08em;
    max-width: 62ch;
  }
  .facts {
    margin: 1em 0 0;
    padding-inline-start: 1.2em;
    color: var(--_muted);
    display: grid;
    gap: 0.35em;
    max-width: 62ch;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    margin-top: calc(var(--_space) * 1.5);
  }
  .actions.end {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
    margin-top: calc(var(--_space) * 2);
  }
  .resume {
    margin-top: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .resume h3 {
    margin: 0;
  }
  .resume p {
    margin: 0.35em 0 0;
  }
  .resume .actions {
    margin-top: var(--_space);
  }
  .muted {
    margin: 0 0 0.75em;
    color: var(--_muted);
  }
  .loading {
    color: var(--_muted);
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 12px;
  }
  .confirm p {
    margin: 0;
    flex: 1 1 100%;
    font-weight: 600;
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-primary);
  }
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
  @container sme (max-width: 420px) {
    .actions .button {
      flex: 1 1 100%;
    }
  }
  .report-header .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0 0 1em;
    color: var(--_muted);
    font-size: 0.92em;
  }
  .notice {
    margin: 0 0 1em;
    padding: 10px 14px;
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .notice.error {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .shared {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    margin: 0 0 1em;
    padding: 12px 14px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .shared p {
    flex: 1 1 20em;
    margin: 0;
  }
  .history,
  .tools {
    margin: 1.5em 0;
  }
  .compare {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .changes {
    display: grid;
    gap: 4px;
    margin: 0.75em 0;
    padding: 0;
    list-style: none;
  }
  .changes li {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    max-width: 28em;
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  .delta {
    color: var(--_muted);
  }
  .tool-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .share-link {
    box-sizing: border-box;
    width: 100%;
    margin-top: 4px;
  }
  .manual-link {
    display: block;
    margin-top: 1em;
  }
  .small {
    font-size: 0.88em;
  }
  @container sme (max-width: 420px) {
    .tool-buttons .button {
      flex: 1 1 100%;
    }
  }
  @media print {
    .base {
      min-height: 0;
      padding: 0;
      border: 0;
      background: #fff;
      color: #000;
    }
    .language,
    .tools,
    .actions,
    .notice,
    .shared button,
    .history .compare,
    .history button,
    .history .muted {
      display: none !important;
    }
    .history:not(:has(.changes)) {
      display: none;
    }
    h3 {
      break-after: avoid;
    }
  }
`;

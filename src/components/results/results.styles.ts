import { css } from 'lit';

// Notes on the rules below, kept out of the template because comments inside css`` ship to the page:
// - the host is its own size container, so the tool buttons stack on a phone wherever it is placed;
// - `@media print`: the report only (no buttons, pickers or notices), in black on white; the paper size
//   is the host page's (@page does not apply inside a shadow root).
export const resultsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .actions.end {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
    margin-top: calc(var(--_space) * 2);
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
  .report-header .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0 0 1em;
    color: var(--_muted);
    font-size: 0.92em;
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
  .offers,
  .comparison {
    margin: 1.5em 0;
  }
  .comparison p {
    margin: 0.4em 0;
    max-width: 70ch;
  }
  .services {
    display: grid;
    gap: 12px;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  .services li {
    padding: 12px 14px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .services p {
    margin: 0.3em 0 0;
  }
  .service-title {
    color: var(--_primary);
    font-weight: 600;
  }
  .service-details {
    color: var(--_muted);
    font-size: 0.94em;
  }
  .adviser h4 {
    margin: 1em 0 0.5em;
  }
  .contact-links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 20px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contact-links a:not(.button) {
    color: var(--_primary);
    overflow-wrap: anywhere;
  }
  @container (max-width: 420px) {
    .tool-buttons .button {
      flex: 1 1 100%;
    }
  }
  @media print {
    :host {
      color: #000;
    }
    .services li {
      break-inside: avoid;
    }
    .adviser .button {
      border: 0;
      padding: 0;
      min-height: 0;
      background: none;
      color: #000;
      text-decoration: underline;
    }
    .tools,
    .shared button,
    .history .compare,
    .history button,
    .history .muted {
      display: none !important;
    }
    .history:not(:has(.changes)) {
      display: none;
    }
  }
`;

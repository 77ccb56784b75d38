import { css } from 'lit';

// Notes on the rules below, kept out of the template because comments inside css`` ship to every page:
// - `.base` min-height: room for the intro at any width, reserved while loading, so the host page does
//   not move when it appears; pages that reserve the same before the script runs (README) never move.
// - The results screen has its own styles (results/results.styles.ts), loaded with it; the problem
//   panels theirs (problem-panels.ts), adopted when a problem occurs.
// - `@media print`: the report only, in black on white.
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
  @media print {
    .base {
      min-height: 0;
      padding: 0;
      border: 0;
      background: #fff;
      color: #000;
    }
    .language {
      display: none !important;
    }
  }
`;

import { css } from 'lit';

export const questionStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  .title {
    display: block;
    padding: 0;
    font-weight: 650;
    font-size: 1.08em;
    line-height: 1.35;
  }
  .help {
    margin: 0.35em 0 0;
    color: var(--_muted);
    font-size: 0.94em;
  }
  .hint {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.88em;
  }
  .options {
    display: grid;
    gap: 8px;
    margin-top: 0.75em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 48px;
    padding: 0.5em 0.85em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    transition:
      border-color var(--_transition),
      background-color var(--_transition);
  }
  .option:hover {
    border-color: var(--_primary);
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    background: color-mix(in srgb, var(--_primary) 10%, var(--_surface));
  }
  .option.unscored {
    border-style: dashed;
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Scales and yes/no sit side by side when there is room. */
  @container (min-width: 560px) {
    .options.row {
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
    .options.row .option {
      flex-direction: column;
      justify-content: center;
      text-align: center;
      gap: 0.35em;
    }
  }
  /* Drop-downs (a long single choice, a country): one native select, as wide as the text it holds. */
  select {
    display: block;
    box-sizing: border-box;
    width: 100%;
    max-width: 36em;
    min-height: 48px;
    margin-top: 0.75em;
    padding: 0.4em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  /* Several countries: a drop-down each, labelled by its number. */
  .countries {
    display: grid;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .countries .subtitle {
    display: block;
    margin-top: 0.25em;
    font-weight: 600;
  }
  .countries select {
    margin-top: 0.25em;
  }
  select:hover {
    border-color: var(--_primary);
  }
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .number {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-top: 0.75em;
  }
  .number input {
    width: 9em;
    min-height: 48px;
    padding: 0.4em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  .number input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .error {
    margin: 0.4em 0 0;
    color: var(--_danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }
`;

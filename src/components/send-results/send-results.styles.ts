import { css } from 'lit';

// The panel reads as one step below the next steps: notice, consent, the optional details, Send.
// Fields stack on a phone and sit two by two on wider screens.
export const sendResultsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .send {
    margin: 1.5em 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  h3 {
    margin-top: 0;
  }
  .notice-text p {
    margin: 0 0 0.6em;
    max-width: 70ch;
  }
  .lead {
    font-weight: 600;
  }
  form {
    display: grid;
    gap: var(--_space);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    min-height: 44px;
    padding: 8px 0;
    cursor: pointer;
  }
  .check input {
    width: 22px;
    height: 22px;
    margin: 1px 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .contact {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: 8px 16px;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 8px;
    font-weight: 600;
  }
  .contact .check,
  .contact .field-error {
    grid-column: 1 / -1;
  }
  .text-field {
    display: grid;
    gap: 4px;
  }
  .text-field .field {
    width: 100%;
  }
  .field[aria-invalid='true'],
  .check input[aria-invalid='true'] {
    outline: 2px solid var(--_danger);
    outline-offset: 1px;
  }
  .field-error,
  .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .actions {
    margin-top: 0;
  }
  .status p {
    margin: 0.35em 0;
    overflow-wrap: anywhere;
  }
  .status:empty {
    display: none;
  }
  @media print {
    :host {
      display: none;
    }
  }
`;

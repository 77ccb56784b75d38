import { css } from 'lit';

export const questionnaireStyles = css`
  :host {
    display: block;
  }
  header {
    margin: 1.25em 0 0.5em;
  }
  h2 {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }
  .lead {
    margin: 0.35em 0 0;
    color: var(--_muted);
  }
  .questions {
    display: grid;
    gap: calc(var(--_space) * 1.75);
    margin-top: calc(var(--_space) * 1.25);
  }
  nav {
    display: flex;
    flex-wrap: wrap-reverse;
    justify-content: space-between;
    gap: 12px;
    margin-top: calc(var(--_space) * 2);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  nav .next {
    margin-inline-start: auto;
  }
  @container sme (max-width: 420px) {
    nav .button {
      flex: 1 1 100%;
    }
  }
`;

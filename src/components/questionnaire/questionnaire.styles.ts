import { css } from 'lit';

export const questionnaireStyles = css`
  :host {
    display: block;
  }
  .page-header {
    margin: 1.25em 0 0.5em;
  }
  h2 {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
  }
  /* Headings take focus only so screen readers start reading the new screen there; they are not
     controls, so they show no focus ring. */
  h2[tabindex='-1']:focus {
    outline: none;
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

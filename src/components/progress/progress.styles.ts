import { css } from 'lit';

export const progressStyles = css`
  :host {
    display: block;
  }
  .label {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin-bottom: 0.4em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .track {
    height: 8px;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .bar {
    height: 100%;
    background: var(--_primary);
    border-radius: inherit;
    transition: width calc(var(--_transition) * 2) ease-out;
  }
  @media (forced-colors: active) {
    .bar {
      background: Highlight;
    }
  }
`;

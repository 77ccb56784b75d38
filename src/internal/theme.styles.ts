// Design tokens shared by every element. Public theming goes through `--sme-*` custom properties (set
// them on the element, or on any ancestor); each element maps them to private `--_*` tokens with the
// light defaults. The dark theme sets the public properties on the host, so a host page's own values
// still win and nested parts inherit them.
import { css } from 'lit';

export const themeStyles = css`
  :host {
    --_primary: var(--sme-color-primary, #1d4ed8);
    --_on-primary: var(--sme-color-on-primary, #ffffff);
    --_surface: var(--sme-color-surface, #ffffff);
    --_surface-alt: var(--sme-color-surface-alt, #f2f5f9);
    --_text: var(--sme-color-text, #1b2230);
    --_muted: var(--sme-color-text-muted, #4a5466);
    --_border: var(--sme-color-border, #c3ccd8);
    --_focus: var(--sme-color-focus, #1d4ed8);
    --_danger: var(--sme-color-danger, #b42318);
    --_success: var(--sme-color-success, #17703a);
    --_radius: var(--sme-radius, 10px);
    --_space: var(--sme-space, 16px);
    --_font: var(--sme-font-family, inherit);
    --_font-size: var(--sme-font-size, 1rem);
    --_transition: var(--sme-transition-duration, 160ms);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
  }
  :host([theme='dark']) {
    --sme-color-primary: #8ab4ff;
    --sme-color-on-primary: #0b1220;
    --sme-color-surface: #151a23;
    --sme-color-surface-alt: #1f2632;
    --sme-color-text: #e8ecf3;
    --sme-color-text-muted: #b3bccb;
    --sme-color-border: #465165;
    --sme-color-focus: #8ab4ff;
    --sme-color-danger: #ff8a80;
    --sme-color-success: #6fd69a;
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --sme-color-primary: #8ab4ff;
      --sme-color-on-primary: #0b1220;
      --sme-color-surface: #151a23;
      --sme-color-surface-alt: #1f2632;
      --sme-color-text: #e8ecf3;
      --sme-color-text-muted: #b3bccb;
      --sme-color-border: #465165;
      --sme-color-focus: #8ab4ff;
      --sme-color-danger: #ff8a80;
      --sme-color-success: #6fd69a;
      color-scheme: dark;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0ms;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;

/** Buttons, shared by every element that has them. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    text-decoration: none;
    transition:
      filter var(--_transition),
      background-color var(--_transition);
  }
  .button:hover {
    filter: brightness(1.08);
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .button.quiet {
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

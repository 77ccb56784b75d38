// Design tokens shared by every element. Public theming goes through `--sme-*` custom properties (set
// them on the element, or on any ancestor); each element maps them to private `--_*` tokens with the
// light defaults. The dark theme sets the public properties on the host, so a host page's own values
// still win and nested parts inherit them.
import { css } from 'lit';

/** The dark theme's values of the public properties, for `theme="dark"` and for `"auto"` at night. */
const darkPalette = css`
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
  --sme-color-compare: #f5b86b;
  --sme-color-peer: #aab3c2;
  color-scheme: dark;
`;

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
    --_compare: var(--sme-color-compare, #b45309);
    --_peer: var(--sme-color-peer, #5b6474);
    --_peer-band: color-mix(in srgb, var(--_peer) 18%, transparent);
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
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
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

/** The widget's own fields (language picker, comparison picker, share link), styled alike. */
export const fieldStyles = css`
  .field {
    min-height: 44px;
    max-width: 100%;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
`;

// Headings take focus only so screen readers start reading a new screen there; they are not controls,
// so they show no focus ring.
/** What the widget's screens share: headings, muted text, notices and rows of actions. */
export const screenStyles = css`
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
  .muted {
    margin: 0 0 0.75em;
    color: var(--_muted);
  }
  .loading {
    color: var(--_muted);
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    margin-top: calc(var(--_space) * 1.5);
  }
  @container (max-width: 420px) {
    .actions .button {
      flex: 1 1 100%;
    }
  }
  @media print {
    .actions,
    .notice {
      display: none !important;
    }
    h3 {
      break-after: avoid;
    }
  }
`;

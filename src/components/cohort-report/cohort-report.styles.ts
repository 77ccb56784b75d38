import { css } from 'lit';

// Notes kept out of the template (comments inside css`` ship to the page):
// - the host is its own size container, so the filters and actions reflow on a phone wherever it sits;
// - wide tables scroll inside their box (`.scroll`), never the page; the box is positioned so that a
//   visually hidden header (absolute) is clipped with the table instead of widening the page;
// - `@media print`: the figures and their tables only; the controls (sources, filters, actions) are hidden
//   and the box plot's canvas gives way to its table, opened on beforeprint.
export const cohortReportStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .report {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  h2,
  h3 {
    margin-bottom: 0.25em;
  }
  .muted {
    margin: 0;
  }
  .sources,
  .filters fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
    min-width: 0;
  }
  .sources h3 {
    margin-top: 0;
  }
  .collector:empty {
    display: none;
  }
  .drop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 12px;
    padding: var(--_space);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .drop.over {
    border-color: var(--_primary);
  }
  .drop p {
    margin: 0;
    flex: 1 1 16em;
  }
  .drop input:focus-visible + label {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-top: 0.75em;
  }
  .progress:empty {
    display: none;
  }
  progress {
    flex: 1 1 12em;
    max-width: 24em;
    accent-color: var(--_primary);
  }
  .loaded {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .loaded p {
    margin: 0;
    font-weight: 600;
  }
  .problems summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
    color: var(--_danger);
    font-weight: 600;
  }
  .problems ul {
    margin: 0;
    padding-inline-start: 1.25em;
    max-height: 14em;
    overflow: auto;
    overflow-wrap: anywhere;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 12px;
  }
  .filter,
  .title-field {
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .filter .field {
    width: 100%;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    margin: 0;
  }
  .summary div {
    flex: 1 1 9em;
    padding: 10px 14px;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .summary dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .summary dd {
    margin: 0;
    font-size: 1.4em;
    font-weight: 700;
  }
  .figure {
    min-width: 0;
  }
  .chart-box {
    position: relative;
    width: 100%;
  }
  summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
  }
  .scroll,
  details.table-alternative {
    position: relative;
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.94em;
  }
  caption {
    text-align: start;
    color: var(--_muted);
    padding-bottom: 0.35em;
  }
  th,
  td {
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.suppressed {
    color: var(--_muted);
    font-style: italic;
  }
  .mix-column {
    width: 30%;
    min-width: 6em;
  }
  .mix {
    display: flex;
    height: 1em;
    border-radius: 3px;
    overflow: hidden;
    background: var(--_surface-alt);
  }
  .segment {
    display: block;
    background: var(--_primary);
  }
  .segment.level-0 {
    opacity: 0.3;
  }
  .segment.level-1 {
    opacity: 0.5;
  }
  .segment.level-2 {
    opacity: 0.75;
  }
  .empty {
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    text-align: center;
  }
  .notice.suppressed {
    color: var(--_muted);
  }
  .actions {
    align-items: end;
    margin-top: 0;
  }
  .title-field {
    flex: 1 1 16em;
  }
  @media print {
    .controls {
      display: none !important;
    }
    .notice.suppressed {
      display: block !important;
    }
    .chart-box,
    details > summary {
      display: none !important;
    }
    .figure {
      break-inside: avoid;
    }
  }
`;

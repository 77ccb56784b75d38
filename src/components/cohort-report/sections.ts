// The cohort report's tables, one function per section: the distribution by dimension (the box plot's
// text alternative), the mix of levels, the profiles, the most frequent next steps and the change from
// first to latest assessment. Each takes the aggregate's group and the report's words; a statistic the
// aggregate suppressed (null) is said to be so, never left blank.
import { html, type TemplateResult } from 'lit';
import type { AggregateGroup, ScoreStats } from '../../engine/cohort/index.js';
import { compile } from '../../engine/model/compile.js';
import type { Questionnaire } from '../../engine/model/schema.js';

export interface Words {
  t: (key: string, options?: Record<string, unknown>) => string;
  q: (key: string | undefined) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  questionnaire: Questionnaire;
  minGroupSize: number;
}

/** "Fewer than 5 firms: not shown." */
export function suppressed(words: Words, columns = 0): TemplateResult {
  const text = words.t('cohort.suppressed', { min: words.minGroupSize });
  return columns > 0
    ? html`<td class="suppressed" colspan=${columns}>${text}</td>`
    : html`<p class="notice suppressed" part="suppressed">${text}</p>`;
}

const dimensionTitle = (words: Words, id: string) =>
  words.q(compile(words.questionnaire).dimension(id)?.title) || id;

export function distributionTable(words: Words, group: AggregateGroup): TemplateResult {
  const { t, number } = words;
  const cells = (stats: ScoreStats) =>
    [stats.n, stats.min, stats.q1, stats.median, stats.q3, stats.max].map(
      (value) => html`<td class="number">${number(value)}</td>`,
    );
  return html`<table part="table">
    <caption>
      ${t('cohort.distributionTitle')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('cohort.dimension')}</th>
        <th scope="col" class="number">${t('cohort.firms')}</th>
        <th scope="col" class="number">${t('cohort.min')}</th>
        <th scope="col" class="number">${t('cohort.q1')}</th>
        <th scope="col" class="number">${t('cohort.median')}</th>
        <th scope="col" class="number">${t('cohort.q3')}</th>
        <th scope="col" class="number">${t('cohort.max')}</th>
      </tr>
    </thead>
    <tbody>
      ${words.questionnaire.dimensions.map((dimension) => {
        const stats = group.dimensions[dimension.id] ?? null;
        return html`<tr>
          <th scope="row">${dimensionTitle(words, dimension.id)}</th>
          ${stats ? cells(stats) : suppressed(words, 6)}
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** Firms per level for each dimension, with a stacked bar of the shares (the numbers are in the cells). */
export function levelsTable(words: Words, group: AggregateGroup): TemplateResult {
  const { t, q, number } = words;
  const levels = words.questionnaire.levels;
  return html`<table part="table" class="levels">
    <caption class="visually-hidden">
      ${t('cohort.levelsTitle')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('cohort.dimension')}</th>
        ${levels.map((level) => html`<th scope="col" class="number">${q(level.label)}</th>`)}
        <th scope="col" class="mix-column"><span class="visually-hidden">${t('cohort.share')}</span></th>
      </tr>
    </thead>
    <tbody>
      ${words.questionnaire.dimensions.map((dimension) => {
        const stats = group.dimensions[dimension.id] ?? null;
        if (!stats)
          return html`<tr>
            <th scope="row">${dimensionTitle(words, dimension.id)}</th>
            ${suppressed(words, levels.length + 1)}
          </tr>`;
        const total = Object.values(stats.levels).reduce((sum, count) => sum + count, 0) || 1;
        return html`<tr>
          <th scope="row">${dimensionTitle(words, dimension.id)}</th>
          ${levels.map((level) => html`<td class="number">${number(stats.levels[level.id] ?? 0)}</td>`)}
          <td class="mix-column">
            <span class="mix" aria-hidden="true"
              >${levels.map(
                (level, index) =>
                  html`<span
                    class="segment level-${index}"
                    style="width: ${((stats.levels[level.id] ?? 0) / total) * 100}%"
                  ></span>`,
              )}</span
            >
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

export function profilesTable(words: Words, group: AggregateGroup): TemplateResult {
  const { t, q, number } = words;
  const total = Object.values(group.profiles).reduce((sum, count) => sum + count, 0) || 1;
  const known = (words.questionnaire.profiles ?? []).map(
    (profile) => [profile.id, q(profile.label)] as const,
  );
  const rows = [...known, ['none', t('cohort.noProfile')] as const].filter(
    ([id]) => (group.profiles[id] ?? 0) > 0 || id !== 'none',
  );
  return html`<table part="table">
    <caption class="visually-hidden">
      ${t('cohort.profilesTitle')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('cohort.profile')}</th>
        <th scope="col" class="number">${t('cohort.firms')}</th>
        <th scope="col" class="number">${t('cohort.share')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(([id, label]) => {
        const count = group.profiles[id] ?? 0;
        return html`<tr>
          <th scope="row">${label}</th>
          <td class="number">${number(count)}</td>
          <td class="number">${number(count / total, { style: 'percent', maximumFractionDigits: 0 })}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

export function stepsTable(words: Words, group: AggregateGroup, top = 10): TemplateResult {
  const { t, q, number } = words;
  if (group.recommendations.length === 0) return html`<p class="muted">${t('cohort.noSteps')}</p>`;
  const definitions = compile(words.questionnaire);
  return html`<table part="table">
    <caption class="visually-hidden">
      ${t('cohort.stepsTitle')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('cohort.step')}</th>
        <th scope="col">${t('cohort.dimension')}</th>
        <th scope="col" class="number">${t('cohort.firms')}</th>
      </tr>
    </thead>
    <tbody>
      ${group.recommendations.slice(0, top).map(({ id, count }) => {
        const definition = definitions.recommendation(id);
        return html`<tr>
          <th scope="row">${q(definition?.title) || id}</th>
          <td>${definition ? dimensionTitle(words, definition.dimension) : '–'}</td>
          <td class="number">${number(count)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

export function changeSection(words: Words, group: AggregateGroup, matching: boolean) {
  const { t, number } = words;
  if (!matching) return html`<p class="muted">${t('cohort.changeOff')}</p>`;
  const change = group.change;
  if (!change) return suppressed(words);
  const rows: [string, (typeof change.dimensions)[string]][] = [
    [t('cohort.overall'), change.overall],
    ...words.questionnaire.dimensions.map(
      (dimension) =>
        [dimensionTitle(words, dimension.id), change.dimensions[dimension.id] ?? null] as [
          string,
          (typeof change.dimensions)[string],
        ],
    ),
  ];
  return html`<p class="muted">
      ${t('cohort.changeLead', { count: number(change.n), days: number(change.medianDays) })}
    </p>
    <table part="table">
      <caption class="visually-hidden">
        ${t('cohort.changeTitle')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('cohort.dimension')}</th>
          <th scope="col" class="number">${t('cohort.firms')}</th>
          <th scope="col" class="number">${t('cohort.firstMedian')}</th>
          <th scope="col" class="number">${t('cohort.latestMedian')}</th>
          <th scope="col" class="number">${t('cohort.improved')}</th>
          <th scope="col" class="number">${t('cohort.unchanged')}</th>
          <th scope="col" class="number">${t('cohort.declined')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([label, stats]) =>
            html`<tr>
              <th scope="row">${label}</th>
              ${
                stats
                  ? [
                      stats.n,
                      stats.first.median,
                      stats.latest.median,
                      stats.improved,
                      stats.unchanged,
                      stats.declined,
                    ].map((value) => html`<td class="number">${number(value)}</td>`)
                  : suppressed(words, 6)
              }
            </tr>`,
        )}
      </tbody>
    </table>`;
}

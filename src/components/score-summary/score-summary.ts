// The headline of the results: overall readiness and its level, the profile and stage, each area's score,
// how complete the answers are, and the indices (the Digital Intensity Index in the default). Reads a
// Result from the engine and the questionnaire for the words; computes nothing itself.
import { css, html, nothing } from 'lit';
import { SmeResultsElement } from '../../internal/results-element.js';
import { property } from 'lit/decorators.js';
import type { Result } from '../../engine/scoring/score.js';
import { compile } from '../../engine/model/compile.js';
import type { Questionnaire } from '../../engine/model/schema.js';
import { setBarWidths } from '../../internal/style.js';
import { themeStyles } from '../../internal/theme.styles.js';

/**
 * @tagname sme-score-summary
 * @summary Overall and area scores with their levels, the profile, completeness and indices.
 *
 * @csspart summary - The wrapper.
 * @csspart overall - The overall score block.
 * @csspart area - Each area's row.
 * @csspart facts - The list of profile, stage, completeness and indices.
 *
 * @cssprop --sme-color-primary - Colour of the score bars.
 */
export class SmeScoreSummary extends SmeResultsElement {
  // The facts list: the value column keeps at least half the width, so a long label ("Digital Intensity
  // Index (Eurostat)") wraps instead of squeezing its value.
  static override styles = [
    themeStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .summary {
        display: grid;
        gap: var(--_space);
      }
      @container (min-width: 620px) {
        .summary {
          grid-template-columns: minmax(200px, 1fr) 2fr;
          align-items: start;
        }
      }
      .overall {
        padding: var(--_space);
        border-radius: var(--_radius);
        background: var(--_surface-alt);
        text-align: center;
      }
      .overall .label {
        margin: 0;
        color: var(--_muted);
        font-weight: 600;
      }
      .overall .score {
        margin: 0.1em 0 0;
        font-size: 3em;
        font-weight: 750;
        line-height: 1.1;
        color: var(--_primary);
      }
      .overall .level {
        margin: 0.1em 0 0;
        font-size: 1.15em;
        font-weight: 650;
      }
      .overall .comparison {
        margin: 0.5em 0 0;
        font-size: 0.94em;
        color: var(--_muted);
      }
      .overall .of {
        font-size: 0.35em;
        font-weight: 500;
        color: var(--_muted);
      }
      h3 {
        margin: 0 0 0.5em;
        font-size: 1.05em;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
        gap: 0.6em;
      }
      .area .row {
        display: flex;
        justify-content: space-between;
        gap: 1em;
      }
      .area .value {
        font-weight: 650;
        white-space: nowrap;
      }
      .track {
        height: 8px;
        margin-top: 0.25em;
        border-radius: 999px;
        background: var(--_surface-alt);
        border: 1px solid var(--_border);
        overflow: hidden;
      }
      .bar {
        height: 100%;
        background: var(--_primary);
      }
      dl {
        display: grid;
        grid-template-columns: auto minmax(50%, 1fr);
        gap: 0.35em 1em;
        margin: var(--_space) 0 0;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
        font-weight: 600;
      }
      .note {
        margin: 0.5em 0 0;
        color: var(--_muted);
        font-size: 0.9em;
      }
      @media (forced-colors: active) {
        .bar {
          background: Highlight;
        }
      }
    `,
  ];

  /** The engine's result. */
  @property({ attribute: false }) result: Result | null = null;

  /** Where the overall score falls among firms like this one, already in words (from a benchmark), or ''. */
  @property({ attribute: false }) comparison = '';

  /** The questionnaire the result belongs to (for names of areas, levels, profiles). */
  @property({ attribute: false }) questionnaire: Questionnaire | null = null;

  protected override updated(): void {
    setBarWidths(this.renderRoot);
  }

  protected override textSource(): Questionnaire | null {
    return this.questionnaire;
  }

  override render() {
    const { result, questionnaire } = this;
    if (!result || !questionnaire) return nothing;
    const { t, q } = this;
    const definitions = compile(questionnaire);
    const levelName = (id: string | null) => q(definitions.level(id)?.label);
    const profile = definitions.profile(result.profile);
    const stage = definitions.stage(result.stage);
    const score = (value: number | null) =>
      value === null ? t('results.notScored') : t('results.scoreOf', { score: this.localize.number(value) });
    return html`<div class="summary" part="summary">
      <div class="overall" part="overall">
        <p class="label">${t('results.overall')}</p>
        <p class="score">
          ${
            result.overall.score === null
              ? '–'
              : html`${this.localize.number(result.overall.score)}<span class="of"> / 100</span>`
          }
        </p>
        ${result.overall.level ? html`<p class="level">${levelName(result.overall.level)}</p>` : nothing}
        ${this.comparison ? html`<p class="comparison">${this.comparison}</p>` : nothing}
      </div>
      <div>
        <h3>${t('results.areas')}</h3>
        <ul>
          ${result.areas.map((area) => {
            const definition = definitions.area(area.id);
            return html`<li class="area" part="area">
              <div class="row">
                <span>${q(definition?.title)}</span>
                <span class="value"
                  >${score(area.score)}${area.level ? html` · ${levelName(area.level)}` : nothing}</span
                >
              </div>
              <div class="track" aria-hidden="true">
                <div class="bar" data-width=${area.score ?? 0}></div>
              </div>
            </li>`;
          })}
        </ul>
        <dl part="facts">
          ${
            profile
              ? html`<dt>${t('results.profile')}</dt>
                  <dd>${q(profile.label)}</dd>`
              : nothing
          }
          ${
            stage
              ? html`<dt>${t('results.stage')}</dt>
                  <dd>${q(stage.label)}</dd>`
              : nothing
          }
          <dt>${t('results.completeness')}</dt>
          <dd>
            ${t('results.completenessValue', {
              answered: this.localize.number(result.completeness.answered),
              total: this.localize.number(result.completeness.visible),
            })}
          </dd>
          ${result.indices.map((index) => {
            const definition = definitions.index(index.id);
            const band = definition?.levels.find((each) => each.id === index.level);
            return html`<dt>${q(definition?.title)}</dt>
              <dd>
                ${t('results.index', { points: this.localize.number(index.points), max: this.localize.number(index.max) })}${
                  band ? html` · ${q(band.label)}` : nothing
                }
              </dd>`;
          })}
        </dl>
        ${
          result.unknown.length > 0
            ? html`<p class="note">${t('results.unknown', { count: result.unknown.length })}</p>`
            : nothing
        }
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-score-summary': SmeScoreSummary;
  }
}

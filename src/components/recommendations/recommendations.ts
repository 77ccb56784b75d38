// Next steps in words. The engine has already chosen and ordered them (priority, then the gap in their
// dimension); this shows them as one ordered list in exactly that order, the first `limit` on screen and
// the rest behind one button. Each names its area and says why it was chosen, from the reason data the
// engine attached. Every step is always rendered, so a printed report has them all.
import { css, html, nothing } from 'lit';
import { SmeResultsElement } from '../../internal/results-element.js';
import { property, query, state } from 'lit/decorators.js';
import type { RecommendationResult, Result } from '../../engine/scoring/score.js';
import { compile } from '../../engine/model/compile.js';
import type { Questionnaire } from '../../engine/model/schema.js';
import { isSafeUrl } from '../../engine/model/url.js';
import { buttonStyles, themeStyles } from '../../internal/theme.styles.js';
import type { HelpLine } from '../results/offers.js';

/**
 * @tagname sme-recommendations
 * @summary The recommended next steps as one ordered list in the engine's order (most urgent first), the
 * first `limit` shown, the rest behind one "Show N more steps" / "Show fewer" button. Print shows all.
 *
 * @csspart base - The wrapper.
 * @csspart list - The ordered list of steps.
 * @csspart recommendation - Each recommendation.
 * @csspart priority - The priority badge.
 * @csspart number - The step's number in the list, before the priority badge.
 * @csspart area - The name of the step's area (e.g. "Export"), beside the priority badge.
 * @csspart button - The "Show N more steps" / "Show fewer" button.
 * @csspart help - A line under a step naming a service of the provider that helps with it.
 *
 * @cssprop --sme-color-primary - Accent of high-priority steps and buttons.
 */
export class SmeRecommendations extends SmeResultsElement {
  static override styles = [
    themeStyles,
    buttonStyles,
    css`
      :host {
        display: block;
      }
      @media screen {
        .extra {
          display: none;
        }
      }
      @media print {
        .more {
          display: none;
        }
        li {
          break-inside: avoid;
        }
      }
      h3 {
        margin: 0 0 0.5em;
        font-size: 1.1em;
      }
      .list {
        display: grid;
        gap: 12px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      article {
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-inline-start: 5px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      article.high {
        border-inline-start-color: var(--_primary);
      }
      h4 {
        margin: 0;
        font-size: 1.02em;
      }
      .labels {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.3em 0.6em;
        margin: 0 0 0.35em;
        font-size: 0.8em;
      }
      .number {
        min-width: 1.7em;
        padding: 0.05em 0.4em;
        border-radius: 999px;
        background: var(--_primary);
        color: var(--_on-primary);
        font-weight: 700;
        text-align: center;
      }
      .priority {
        padding: 0.05em 0.6em;
        border-radius: 999px;
        background: var(--_surface-alt);
        color: var(--_muted);
        font-weight: 600;
      }
      .area {
        color: var(--_muted);
        font-weight: 600;
        letter-spacing: 0.02em;
        text-transform: uppercase;
      }
      .reason {
        margin: 0.35em 0 0;
        color: var(--_muted);
        font-size: 0.92em;
      }
      .body {
        margin: 0.5em 0 0;
      }
      .actions {
        margin: 0.5em 0 0;
        padding-inline-start: 1.2em;
      }
      .actions a {
        color: var(--_primary);
      }
      .more {
        margin-top: 12px;
      }
      .help {
        margin: 0.6em 0 0;
        padding: 8px 10px;
        border-inline-start: 3px solid var(--_primary);
        background: var(--_surface-alt);
        border-radius: 0 var(--_radius) var(--_radius) 0;
      }
      .help a {
        color: var(--_primary);
        font-weight: 600;
      }
      .help-details {
        color: var(--_muted);
      }
    `,
  ];

  /** The engine's result; its `recommendations` are shown. */
  @property({ attribute: false }) result: Result | null = null;

  /** The questionnaire the result belongs to (for the texts). */
  @property({ attribute: false }) questionnaire: Questionnaire | null = null;

  /**
   * How many steps are shown before the "Show N more steps" button (a non-negative integer; anything
   * else counts as the default, 5). With no more steps than this there is no button.
   */
  @property({ type: Number }) limit = 5;

  /**
   * Services of the provider that help with each step, by recommendation id, already in words
   * (`{ provider, service, url, details }`); shown under the step they serve.
   */
  @property({ attribute: false }) help: Record<string, HelpLine[]> = {};

  @state() private expanded = false;

  @query('button.more') private toggleButton?: HTMLButtonElement;

  /** `limit` as a count: a typo in the attribute (`NaN`, `-1`, `2.5`) must not hide every step. */
  private get shownLimit(): number {
    const { limit } = this;
    return Number.isFinite(limit) && limit >= 0 ? Math.floor(limit) : 5;
  }

  protected override textSource(): Questionnaire | null {
    return this.questionnaire;
  }

  override render() {
    const { result, questionnaire } = this;
    if (!result || !questionnaire) return nothing;
    const { t } = this;
    if (result.recommendations.length === 0) return html`<p part="base">${t('recommendations.none')}</p>`;
    const limit = this.shownLimit;
    const { recommendations } = result;
    const { expanded } = this;
    // One list in the engine's order, untouched: the order is the advice (priority, gap, and whatever
    // the engine orders by next). The steps beyond `limit` stay in the DOM, hidden on screen only.
    return html`<div part="base">
      <ol class="list" part="list" id="recommendations-list">
        ${recommendations.map(
          (item, index) =>
            html`<li class=${!expanded && index >= limit ? 'extra' : ''}>
              ${this.renderRecommendation(item, index + 1)}
            </li>`,
        )}
      </ol>
      ${
        recommendations.length > limit
          ? html`<button
              part="button"
              class="button secondary more"
              type="button"
              aria-controls="recommendations-list"
              aria-expanded=${expanded ? 'true' : 'false'}
              @click=${this.toggle}
            >
              ${
                expanded
                  ? t('recommendations.showLess')
                  : t('recommendations.showMore', { count: recommendations.length - limit })
              }
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderRecommendation(item: RecommendationResult, position: number) {
    const definitions = compile(this.questionnaire!);
    const definition = definitions.recommendation(item.id);
    if (!definition) return nothing;
    const { t, q } = this;
    const dimension = definitions.dimension(item.reason.dimension);
    const area = definitions.area(item.area);
    const level = definitions.level(item.reason.level);
    const reason =
      item.reason.score === null
        ? t('recommendations.reasonUnscored', { dimension: q(dimension?.title) })
        : t('recommendations.reason', {
            dimension: q(dimension?.title),
            score: this.localize.number(item.reason.score),
            level: q(level?.label),
          });
    return html`<article part="recommendation" class=${item.priority}>
      <p class="labels">
        <!-- The step's place, seen (and printed); a screen reader hears it from the <ol> already. -->
        <span class="number" part="number" aria-hidden="true">${this.localize.number(position)}</span>
        <span class="priority" part="priority">${t(`recommendations.priority.${item.priority}`)}</span>
        ${area ? html`<span class="area" part="area">${q(area.title)}</span>` : nothing}
      </p>
      <h4>${q(definition.title)}</h4>
      <p class="reason">${reason}</p>
      <p class="body">${q(definition.body)}</p>
      ${
        definition.actions && definition.actions.length > 0
          ? html`<ul class="actions">
              ${definition.actions.map(
                (action) =>
                  html`<li>
                    ${
                      action.url && isSafeUrl(action.url)
                        ? html`<a href=${action.url} target="_blank" rel="noopener noreferrer"
                            >${q(action.label)}</a
                          >`
                        : q(action.label)
                    }
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${(this.help[item.id] ?? []).map(
        (line) =>
          html`<p class="help" part="help">
            ${t('provider.canHelp', { provider: line.provider })}
            ${
              isSafeUrl(line.url)
                ? html`<a href=${line.url} target="_blank" rel="noopener noreferrer">${line.service}</a>`
                : line.service
            }${line.details ? html` <span class="help-details">· ${line.details}</span>` : nothing}
          </p>`,
      )}
    </article>`;
  }

  private async toggle(): Promise<void> {
    this.expanded = !this.expanded;
    if (this.expanded) return;
    // Collapsing hides the steps above the button, which can leave it (and the focus it keeps) out of
    // view: bring it back.
    await this.updateComplete;
    this.toggleButton?.scrollIntoView({ block: 'nearest' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-recommendations': SmeRecommendations;
  }
}

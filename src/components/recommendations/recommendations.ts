// Next steps in words. The engine has already chosen and ordered them (priority, then the gap in their
// dimension); this groups them by area, shows the first few of each and keeps the rest behind
// "show more". Each says why it was chosen, from the reason data the engine attached.
import { css, html, nothing } from 'lit';
import { SmeResultsElement } from '../../internal/results-element.js';
import { property, state } from 'lit/decorators.js';
import type { RecommendationResult, Result } from '../../engine/scoring/score.js';
import { compile } from '../../engine/model/compile.js';
import type { Questionnaire } from '../../engine/model/schema.js';
import { isSafeUrl } from '../../engine/model/url.js';
import { buttonStyles, themeStyles } from '../../internal/theme.styles.js';
import type { HelpLine } from '../results/offers.js';

/**
 * @tagname sme-recommendations
 * @summary The recommended next steps, grouped by area, most urgent first, the rest behind "show more".
 *
 * @csspart base - The wrapper.
 * @csspart group - Each area's group.
 * @csspart recommendation - Each recommendation.
 * @csspart priority - The priority badge.
 * @csspart button - The "show more" buttons.
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
      .group + .group {
        margin-top: calc(var(--_space) * 1.5);
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
      .priority {
        display: inline-block;
        margin-bottom: 0.35em;
        padding: 0.05em 0.6em;
        border-radius: 999px;
        background: var(--_surface-alt);
        color: var(--_muted);
        font-size: 0.8em;
        font-weight: 600;
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

  /** How many recommendations each area shows before "show more". */
  @property({ type: Number, attribute: 'per-area' }) perArea = 3;

  /**
   * Services of the provider that help with each step, by recommendation id, already in words
   * (`{ provider, service, url, details }`); shown under the step they serve.
   */
  @property({ attribute: false }) help: Record<string, HelpLine[]> = {};

  @state() private expanded = new Set<string>();

  protected override textSource(): Questionnaire | null {
    return this.questionnaire;
  }

  override render() {
    const { result, questionnaire } = this;
    if (!result || !questionnaire) return nothing;
    const { t } = this;
    if (result.recommendations.length === 0) return html`<p part="base">${t('recommendations.none')}</p>`;
    return html`<div part="base">
      ${questionnaire.areas.map((area) => {
        const items = result.recommendations.filter((item) => item.area === area.id);
        if (items.length === 0) return nothing;
        const open = this.expanded.has(area.id);
        // Every step is rendered, so a printed report has them all; the ones beyond `per-area` are
        // hidden on screen until "Show more".
        const hidden = open ? 0 : Math.max(0, items.length - this.perArea);
        const listId = `recommendations-${area.id}`;
        return html`<section class="group" part="group" aria-labelledby="${listId}-title">
          <h3 id="${listId}-title">${this.q(area.title)}</h3>
          <ul class="list" id=${listId}>
            ${items.map(
              (item, index) =>
                html`<li class=${!open && index >= this.perArea ? 'extra' : ''}>
                  ${this.renderRecommendation(item)}
                </li>`,
            )}
          </ul>
          ${
            items.length > this.perArea
              ? html`<button
                  part="button"
                  class="button secondary more"
                  type="button"
                  aria-controls=${listId}
                  aria-expanded=${open ? 'true' : 'false'}
                  @click=${() => this.toggle(area.id)}
                >
                  ${open ? t('recommendations.showLess') : t('recommendations.showMore', { count: hidden })}
                </button>`
              : nothing
          }
        </section>`;
      })}
    </div>`;
  }

  private renderRecommendation(item: RecommendationResult) {
    const definitions = compile(this.questionnaire!);
    const definition = definitions.recommendation(item.id);
    if (!definition) return nothing;
    const { t, q } = this;
    const dimension = definitions.dimension(item.reason.dimension);
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
      <span class="priority" part="priority">${t(`recommendations.priority.${item.priority}`)}</span>
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

  private toggle(areaId: string): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(areaId)) expanded.delete(areaId);
    else expanded.add(areaId);
    this.expanded = expanded;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-recommendations': SmeRecommendations;
  }
}

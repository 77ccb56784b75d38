import { expect, fixture, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../../src/index.js';
import { defineResultsElements } from '../../../src/results.js';
import type { SmeRadarChart } from '../../../src/components/radar-chart/radar-chart.js';
import { score } from '../../../src/engine/scoring/score.js';
import { smallQuestionnaire, until } from '../helpers/fixtures.js';

defineResultsElements();

describe('a host page with its own Chart.js', () => {
  it('keeps its global Chart.js settings when the widget draws its radar', async () => {
    // In an npm build the page and the widget share one chart.js: the widget must not touch its defaults.
    Chart.defaults.color = 'rgb(1, 2, 3)';
    Chart.defaults.font.size = 31;
    Chart.defaults.animation = false;
    const before = JSON.stringify({
      color: Chart.defaults.color,
      font: Chart.defaults.font,
      plugins: Object.keys(Chart.defaults.plugins),
    });
    const questionnaire = smallQuestionnaire();
    const el = await fixture<SmeRadarChart>(
      html`<sme-radar-chart
        lang="en"
        .results=${[score(questionnaire, { web: 'yes' })]}
        .questionnaire=${questionnaire}
      ></sme-radar-chart>`,
    );
    await until(() => el.drawn, 10000, 'the radar');
    const after = JSON.stringify({
      color: Chart.defaults.color,
      font: Chart.defaults.font,
      plugins: Object.keys(Chart.defaults.plugins),
    });
    expect(after).to.equal(before);
    expect(Chart.defaults.animation).to.equal(false);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { defineResultsElements } from '../../src/results.js';
import type { SmeRadarChart } from '../../src/components/radar-chart/radar-chart.js';
import type { SmeRecommendations } from '../../src/components/recommendations/recommendations.js';
import type { SmeScoreSummary } from '../../src/components/score-summary/score-summary.js';
import { score } from '../../src/engine/scoring/score.js';
import { smallQuestionnaire, until } from './helpers/fixtures.js';

defineResultsElements();

const questionnaire = smallQuestionnaire();
const firstTime = score(questionnaire, {
  exports: 'no',
  tools: ['erp'],
  web: 'dk',
  staff: 80,
  skills: 'low',
  markets: 'm1',
  plan: 'no',
});
const experienced = score(questionnaire, {
  exports: 'yes',
  share: 'p25',
  tools: ['erp', 'crm', 'cloud'],
  web: 'yes',
  skills: 'high',
  markets: 'm1',
});

/** Counts canvas pixels that are not fully transparent: a painted chart has thousands. */
function paintedPixels(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let painted = 0;
  for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) painted += 1;
  return painted;
}

describe('<sme-score-summary>', () => {
  it('shows the overall score and level, areas, profile, stage, completeness and the index', async () => {
    const el = await fixture<SmeScoreSummary>(
      html`<sme-score-summary
        lang="en"
        .result=${firstTime}
        .questionnaire=${questionnaire}
      ></sme-score-summary>`,
    );
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(el.shadowRoot!.querySelector('.score')!.textContent!.replace(/\s+/g, '')).to.equal('25/100');
    expect(text).to.contain('Overall readiness');
    expect(text).to.contain('Digital 25 of 100 · Low');
    expect(text).to.contain('Profile First-time exporter');
    expect(text).to.contain('Stage Pre-export');
    expect(text).to.contain('Answered 7 of 7 questions');
    expect(text).to.contain('DII 1 of 3 points · Very low');
    expect(text).to.contain("1 answer was “don't know”");
    await expect(el).to.be.accessible();
  });
});

describe('<sme-radar-chart>', () => {
  it('paints the radar (chart.js loaded on demand) and offers the same numbers as a table', async () => {
    const el = await fixture<SmeRadarChart>(
      html`<div style="width: 500px">
        <sme-radar-chart lang="en" .results=${[firstTime]} .questionnaire=${questionnaire}></sme-radar-chart>
      </div>`,
    ).then((wrapper) => wrapper.querySelector('sme-radar-chart')!);
    await until(() => el.drawn, 10000, 'the chart to be drawn');
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    await until(() => paintedPixels(canvas) > 1000, 5000, 'pixels on the canvas');
    expect(canvas.getAttribute('role')).to.equal('img');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.trim()),
    );
    expect(rows).to.deep.equal([
      ['Tools', 'Digital', '75', 'Advanced'],
      ['Skills', 'Digital', '0', 'Low'],
      ['Markets', 'Export', '25', 'Low'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('compares two results in the table and the legend', async () => {
    const el = await fixture<SmeRadarChart>(
      html`<sme-radar-chart
        lang="en"
        .results=${[experienced, firstTime]}
        .questionnaire=${questionnaire}
      ></sme-radar-chart>`,
    );
    await until(() => el.drawn, 10000, 'the chart to be drawn');
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((cell) => cell.textContent!.trim());
    expect(headers).to.deep.equal([
      'Dimension',
      'Area',
      'This assessment',
      'Earlier assessment',
      'Change',
      'Level',
    ]);
    const first = [...el.shadowRoot!.querySelectorAll('tbody tr')][0]!;
    expect([...first.children].map((cell) => cell.textContent!.trim())).to.deep.equal([
      'Tools',
      'Digital',
      '100',
      '75',
      '+25',
      'Advanced',
    ]);
  });
});

describe('<sme-recommendations>', () => {
  it("names each step's area and says why it was chosen, in one ordered list", async () => {
    const el = await fixture<SmeRecommendations>(
      html`<sme-recommendations
        lang="en"
        .result=${firstTime}
        .questionnaire=${questionnaire}
      ></sme-recommendations>`,
    );
    expect(el.shadowRoot!.querySelectorAll('ol > li > article').length).to.equal(2);
    expect(el.shadowRoot!.querySelector('section, h3'), 'no groups by area any more').to.equal(null);
    const areas = [...el.shadowRoot!.querySelectorAll('[part="area"]')].map((area) => area.textContent);
    expect(areas).to.deep.equal(
      firstTime.recommendations.map((item) => (item.area === 'digital' ? 'Digital' : 'Export')),
    );
    const reasons = [...el.shadowRoot!.querySelectorAll('.reason')].map((reason) => reason.textContent);
    expect(reasons).to.deep.equal([
      'Your score for Skills is 0 of 100 (Low).',
      'Your score for Markets is 25 of 100 (Low).',
    ]);
    // Two steps, fewer than the default limit of 5: nothing to hide, so no button.
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps the steps beyond `limit` behind the button, operable by keyboard', async () => {
    const el = await fixture<SmeRecommendations>(
      html`<sme-recommendations
        lang="en"
        limit="0"
        .result=${firstTime}
        .questionnaire=${questionnaire}
      ></sme-recommendations>`,
    );
    // Every step is in the DOM (a printed report has them all); on screen the rest waits behind the button.
    const shown = () =>
      [...el.shadowRoot!.querySelectorAll('article')].filter((item) => item.checkVisibility());
    expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(2);
    expect(shown().length).to.equal(0);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent!.trim()).to.equal('Show 2 more steps');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shown().length).to.equal(2);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(more.textContent!.trim()).to.equal('Show fewer');
  });

  it('renders only safe action links', async () => {
    const unsafe = structuredClone(questionnaire);
    unsafe.recommendations![1]!.actions = [
      { label: 'rec.t', url: 'javascript:alert(1)' },
      { label: 'rec.b', url: 'https://example.org/' },
    ];
    const el = await fixture<SmeRecommendations>(
      html`<sme-recommendations
        lang="en"
        .result=${firstTime}
        .questionnaire=${unsafe}
      ></sme-recommendations>`,
    );
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.org/']);
    expect(el.shadowRoot!.textContent).to.contain('Do something');
  });
});

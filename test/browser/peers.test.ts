// "How you compare" in <sme-results>: a provider's benchmark file (`benchmark-src`) draws the peers'
// median and middle half on the radar, adds a peers column to its table and a sentence to the score
// summary; a malformed file gives a visible notice and the results still show; without one the results
// are as before. And the Digital Intensity Index beside Eurostat's figure for the firm's country.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/results/results.define.js';
import type { SmeResults } from '../../src/components/results/results.js';
import { createRecord, type AssessmentRecord } from '../../src/engine/formats/assessment.js';
import {
  aggregate,
  BENCHMARK_GROUPINGS,
  entryFromRecord,
  toBenchmark,
} from '../../src/engine/cohort/index.js';
import type { Answers } from '../../src/engine/model/schema.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { FIRST_TIME_WEAK_DIGITAL } from '../fixtures/default-answers.js';
import { smallQuestionnaire, until } from './helpers/fixtures.js';

const questionnaire = smallQuestionnaire();
const answers = {
  exports: 'no',
  tools: ['erp'],
  web: 'dk',
  staff: 80,
  skills: 'low',
  markets: 'm1',
  plan: 'no',
};
const record = createRecord(questionnaire, answers, {
  locale: 'en',
  completedAt: '2026-11-20T09:12:00.000Z',
});

/** Twelve firms of the small questionnaire, from weak to strong. */
function cohortFile(): string {
  const steps: Answers[] = [
    { exports: 'no', tools: [], web: 'no', skills: 'low', plan: 'no' },
    { exports: 'no', tools: ['erp'], web: 'no', skills: 'low', plan: 'no' },
    { exports: 'no', tools: ['erp', 'crm'], web: 'yes', skills: 'high', plan: 'no' },
    { exports: 'yes', tools: ['erp', 'crm', 'cloud'], web: 'yes', skills: 'high', share: 'p25' },
  ];
  const records = Array.from({ length: 12 }, (_, index) =>
    createRecord(questionnaire, steps[index % 4]!, { locale: 'en', completedAt: '2026-10-01T09:00:00.000Z' }),
  );
  const benchmark = toBenchmark(
    aggregate(
      records.map((item) => entryFromRecord(item)),
      { groupBy: BENCHMARK_GROUPINGS },
    ),
    {
      title: 'Test cohort',
      createdAt: '2026-11-30T00:00:00.000Z',
    },
  );
  return `data:application/json,${encodeURIComponent(JSON.stringify(benchmark))}`;
}

async function render(src: string, shown: AssessmentRecord = record, q = questionnaire): Promise<SmeResults> {
  const el = await fixture<SmeResults>(
    html`<sme-results
      lang="en"
      .record=${shown}
      .questionnaire=${q}
      .history=${[shown]}
      benchmark-src=${src}
    ></sme-results>`,
  );
  await until(() => el.shadowRoot!.querySelector('sme-score-summary'), 5000, 'the summary');
  return el;
}

const text = (root: ParentNode | null | undefined) =>
  (root as Element | null)?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('How you compare', () => {
  it('draws the peers on the radar, adds a peers column and says where the overall score falls', async () => {
    const el = await render(cohortFile());
    const section = await until(
      () => el.shadowRoot!.querySelector('[part="comparison"]'),
      5000,
      'the comparison',
    );
    expect(text(section)).to.contain('Compared with all 12 firms that took this assessment.');
    expect(text(section)).to.contain('Test cohort');
    const radar = el.shadowRoot!.querySelector('sme-radar-chart')!;
    expect(radar.peers, 'the band given to the radar').to.not.equal(null);
    const dimensions = Object.values(radar.peers!.dimensions).filter(Boolean);
    expect(dimensions.length).to.be.greaterThan(0);
    for (const band of dimensions)
      expect(band!.q1 <= band!.median && band!.median <= band!.q3).to.equal(true);
    await radar.updateComplete;
    const headers = [...radar.shadowRoot!.querySelectorAll('th[scope="col"]')].map((th) => text(th));
    expect(headers).to.include('Firms like yours (median and middle half)');
    const cells = [...radar.shadowRoot!.querySelectorAll('td.peers')].map((td) => text(td).trim());
    expect(
      cells.some((cell) => /^\d+ \(\d+–\d+\)$/.test(cell)),
      cells.join(' | '),
    ).to.equal(true);
    const summary = el.shadowRoot!.querySelector('sme-score-summary')!;
    await until(() => summary.comparison, 5000, 'the sentence');
    expect(summary.comparison).to.match(
      /^Your overall score of \d+ is (above that of \d in 10 firms like yours|below that of most firms like yours)\.$/,
    );
    expect(text(summary.shadowRoot)).to.contain(summary.comparison);
    await expect(el).to.be.accessible();
  });

  it("with the demo's benchmark file, compares a small manufacturer with small manufacturers", async () => {
    const firm = createRecord(defaultQuestionnaire, FIRST_TIME_WEAK_DIGITAL, { locale: 'en' });
    const el = await render('/examples/benchmark-example.json', firm, defaultQuestionnaire);
    const section = await until(
      () => el.shadowRoot!.querySelector('[part="comparison"] .peer-basis'),
      8000,
      'the comparison',
    );
    expect(text(section)).to.match(
      /^Compared with \d+ firms of your size in your sector \(10–49 persons \(small enterprise\); Manufacturing\)\.$/,
    );
  });

  it('shows a visible notice for a malformed benchmark file, and the results as usual', async () => {
    const el = await render('data:application/json,%7B%22format%22%3A%22nope%22%7D');
    const notice = await until(
      () => el.shadowRoot!.querySelector('[part="comparison"] .notice.error'),
      5000,
      'the notice',
    );
    expect(text(notice)).to.contain('The comparison with other firms could not be loaded');
    expect(text(notice)).to.contain('sme-readiness/benchmark@1');
    expect(el.shadowRoot!.querySelector('sme-radar-chart')!.peers).to.equal(null);
    expect(el.shadowRoot!.querySelector('sme-recommendations')).to.not.equal(null);
    const unreachable = await render('http://127.0.0.1:9/benchmark.json');
    await until(
      () => unreachable.shadowRoot!.querySelector('[part="comparison"] .notice.error'),
      8000,
      'the notice',
    );
  });

  it('without a benchmark file the results are as before: no comparison, no peers', async () => {
    const el = await render('');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.shadowRoot!.querySelector('[part="comparison"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('sme-radar-chart')!.peers).to.equal(null);
    expect(el.shadowRoot!.querySelector('sme-score-summary')!.comparison).to.equal('');
  });

  it("compares the Digital Intensity Index with Eurostat's figure for the firm's country, and says when there is none", async () => {
    const danish = createRecord(
      defaultQuestionnaire,
      { ...FIRST_TIME_WEAK_DIGITAL, about_country: 'DK' },
      { locale: 'en' },
    );
    const el = await render('', danish, defaultQuestionnaire);
    const line = await until(() => el.shadowRoot!.querySelector('.dii-eurostat'), 5000, 'the Eurostat line');
    // The example firm is small (10–49 persons employed): beside Denmark's small firms (91.48 %).
    expect(danish.answers.about_size).to.equal('small');
    expect(text(line)).to.contain(
      'In Denmark, 91% of small firms (10 to 49 persons employed) reach at least the basic level',
    );
    expect(text(line)).to.contain('Your answers give 1 of 12 points: below the basic level');
    // A micro firm is compared with all SMEs (10–249), and told the survey starts at 10 persons.
    const micro = createRecord(
      defaultQuestionnaire,
      { ...FIRST_TIME_WEAK_DIGITAL, about_country: 'DK', about_size: 'micro' },
      { locale: 'en' },
    );
    const small = await render('', micro, defaultQuestionnaire);
    const microLine = await until(() => small.shadowRoot!.querySelector('.dii-eurostat'), 5000, 'the line');
    expect(text(microLine)).to.contain('In Denmark, 92% of firms with 10 to 249 persons employed');
    expect(text(microLine)).to.contain('covers firms with 10 or more persons employed');
    expect(text(line)).to.contain('2025 survey');
    expect(line.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\/ec\.europa\.eu\/eurostat\//);
    const norwegian = createRecord(
      defaultQuestionnaire,
      { ...FIRST_TIME_WEAK_DIGITAL, about_country: 'NO' },
      { locale: 'en' },
    );
    const other = await render('', norwegian, defaultQuestionnaire);
    const none = await until(() => other.shadowRoot!.querySelector('.dii-eurostat'), 5000, 'the line');
    expect(text(none)).to.contain('Eurostat publishes no Digital Intensity Index figure for Norway');
  });
});

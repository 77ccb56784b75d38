// Results an SME can keep, share and come back to: download → open, share link → same results, CSV,
// a tampered file refused, comparison with an earlier assessment, and the printed report (a real PDF
// from Chromium, its text extracted).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as z from 'zod/mini';
import '../../src/index.js';
import type { SmeReadiness } from '../../src/components/readiness/readiness.js';
import { createRecord, type AssessmentRecord } from '../../src/engine/formats/assessment.js';
import { AssessmentRecordSchema } from '../../src/engine/formats/record.js';
import { encodeShare } from '../../src/engine/formats/share.js';
import { score } from '../../src/engine/scoring/score.js';
import type { Answers, Questionnaire } from '../../src/engine/model/schema.js';
import { EXPERIENCED_STRONG_ECOMMERCE, FIRST_TIME_WEAK_DIGITAL } from '../fixtures/default-answers.js';
import { deepQuery, deepQueryAll, deepText, nextEvent, until } from './helpers/fixtures.js';
import type { SmeResults } from '../../src/components/results/results.js';
import englishTexts from '../../locales/en/questionnaire.json';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';

const text = (el: Element) => deepText(el);
const button = (el: Element, label: string) =>
  deepQueryAll<HTMLButtonElement>(el, 'button').find((item) => item.textContent!.trim() === label)!;

async function mount(storageKey = 'report-test'): Promise<SmeReadiness> {
  const el = await fixture<SmeReadiness>(
    html`<sme-readiness lang="en" storage-key=${storageKey}></sme-readiness>`,
  );
  await until(() => deepQuery(el, '.intro, sme-score-summary'), 10000, 'intro or results');
  return el;
}

/** Takes the SME to the results as the questionnaire's "See my results" does (`sme-finish`). */
async function complete(el: SmeReadiness, answers: Answers): Promise<AssessmentRecord> {
  button(el, 'Start the assessment').click();
  const form = await until(() => deepQuery(el, 'sme-questionnaire'), 5000, 'questionnaire');
  const completed = nextEvent<AssessmentRecord>(el, 'sme-complete');
  form.dispatchEvent(new CustomEvent('sme-finish', { detail: { answers }, bubbles: true, composed: true }));
  const record = (await completed).detail;
  await until(() => deepQuery(el, 'sme-score-summary'), 10000, 'results');
  await el.updateComplete;
  await deepQuery<SmeResults>(el, 'sme-results')!.updateComplete;
  return record;
}

/** Captures what a download button hands to the browser. */
async function captureDownload(action: () => void): Promise<{ name: string; text: string }> {
  const created: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => {
    created.push(blob);
    return original.call(URL, blob);
  };
  let name = '';
  const onClick = (event: Event) => {
    const link = event.composedPath()[0] as HTMLAnchorElement;
    if (link instanceof HTMLAnchorElement && link.download) {
      name = link.download;
      event.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  try {
    action();
  } finally {
    URL.createObjectURL = original;
    document.removeEventListener('click', onClick, true);
  }
  expect(created.length, 'one download').to.equal(1);
  return { name, text: await created[0]!.text() };
}

async function chooseFile(el: SmeReadiness, selector: string, content: string): Promise<void> {
  const input = deepQuery<HTMLInputElement>(el, selector)!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], 'assessment.json', { type: 'application/json' }));
  input.files = transfer.files;
  const before = deepQuery(el, '.notice')?.textContent ?? '';
  input.dispatchEvent(new Event('change'));
  await until(
    () => {
      const notice = deepQuery(el, '.notice:not([hidden])');
      return notice && notice.textContent !== before;
    },
    5000,
    'a new notice',
  );
  await el.updateComplete;
}

const summaryResult = (el: SmeReadiness) => deepQuery(el, 'sme-score-summary')!.result;

describe('keeping and sharing results', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('sme-complete carries the documented, versioned record', async () => {
    const el = await mount();
    const event = nextEvent<AssessmentRecord>(el, 'sme-complete');
    button(el, 'Start the assessment').click();
    const form = await until(() => deepQuery(el, 'sme-questionnaire'), 5000, 'questionnaire');
    (form as unknown as { answers: Answers }).answers = EXPERIENCED_STRONG_ECOMMERCE;
    await (form as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    (form as unknown as { complete(): void }).complete();
    const detail = (await event).detail;
    expect(z.safeParse(AssessmentRecordSchema, detail).success).to.equal(true);
    expect(detail.format).to.equal('sme-readiness/assessment@1');
    expect(detail.locale).to.equal('en');
    expect(detail.result).to.deep.equal(score(el.activeQuestionnaire!, EXPERIENCED_STRONG_ECOMMERCE));
  });

  it('download → open gives back the same answers and result', async () => {
    const el = await mount();
    const record = await complete(el, EXPERIENCED_STRONG_ECOMMERCE);
    const file = await captureDownload(() => button(el, 'Download my answers').click());
    expect(file.name).to.match(/^sme-readiness-default-\d{4}-\d{2}-\d{2}\.json$|\.json$/);
    expect(JSON.parse(file.text)).to.deep.equal(record);

    fixtureCleanup();
    localStorage.clear();
    const other = await mount('report-other');
    await complete(other, FIRST_TIME_WEAK_DIGITAL);
    await chooseFile(other, '#open-file', file.text);
    expect(deepQuery(other, '.notice')!.textContent).to.contain('Opened the assessment saved on');
    expect(summaryResult(other)).to.deep.equal(record.result);
    expect(other.currentAnswers).to.deep.equal(record.answers);
  });

  it('refuses a tampered or foreign file with a clear message and keeps the results shown', async () => {
    const el = await mount();
    const record = await complete(el, EXPERIENCED_STRONG_ECOMMERCE);
    const tampered = structuredClone(record);
    tampered.result.overall.score = 100;
    await chooseFile(el, '#open-file', JSON.stringify(tampered));
    const notice = deepQuery(el, '.notice')!;
    expect(notice.classList.contains('error')).to.equal(true);
    expect(notice.textContent).to.contain('its contents have been changed or damaged');
    expect(summaryResult(el)).to.deep.equal(record.result);

    await chooseFile(
      el,
      '#open-file',
      JSON.stringify({ ...record, questionnaire: { id: 'another', version: '1' } }),
    );
    expect(notice.textContent).to.contain('a different questionnaire (another)');
    await chooseFile(el, '#open-file', '<html>not an assessment</html>');
    expect(notice.textContent).to.contain('not a saved assessment from this tool');
    expect(summaryResult(el)).to.deep.equal(record.result);
  });

  it('downloads the scores as CSV with translated names', async () => {
    const el = await mount();
    const record = await complete(el, EXPERIENCED_STRONG_ECOMMERCE);
    const file = await captureDownload(() => button(el, 'Download scores as CSV').click());
    expect(file.name).to.match(/\.csv$/);
    const lines = file.text
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).to.equal('kind,id,name,area,score,level,answered,visible,previous,change');
    expect(lines.length).to.equal(1 + record.result.dimensions.length + record.result.areas.length + 1);
    const first = record.result.dimensions[0]!;
    expect(
      lines[1]!.startsWith(`dimension,${first.id},Digital business strategy,${first.area},${first.score},`),
    ).to.equal(true);
    expect(
      lines.at(-1)!.startsWith(`overall,overall,Overall readiness,,${record.result.overall.score},`),
    ).to.equal(true);
  });

  it('a share link opens the same results, marked as shared, without touching saved answers', async () => {
    const questionnaire = (
      await import('../../src/questionnaires/default-browser.js')
    ).defaultQuestionnaireForBrowser() as Questionnaire;
    const saved = JSON.stringify({
      format: 1,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      answers: { exports_now: 'no' },
      page: 1,
      startedAt: null,
      savedAt: '2026-11-01T10:00:00.000Z',
    });
    localStorage.setItem('sme-readiness:report-test', saved);
    history.replaceState(null, '', `#sme=${encodeShare(questionnaire, EXPERIENCED_STRONG_ECOMMERCE)}`);
    const el = await mount();
    await until(() => deepQuery(el, 'sme-score-summary'), 10000, 'results');
    await el.updateComplete;
    expect(text(el)).to.contain('Shared results');
    expect(text(el), 'a link carries no date').not.to.contain('Assessed on');
    expect(summaryResult(el)).to.deep.equal(score(questionnaire, EXPERIENCED_STRONG_ECOMMERCE));
    expect(localStorage.getItem('sme-readiness:report-test')).to.equal(saved);
    button(el, 'Back to my own assessment').click();
    await until(() => deepQuery(el, '.intro'), 5000, 'intro');
    expect(location.hash).to.equal('');
  });

  it('makes a share link of the current answers, shown for copying when the clipboard refuses', async () => {
    const el = await mount();
    await complete(el, FIRST_TIME_WEAK_DIGITAL);
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    try {
      button(el, 'Copy a share link').click();
      const input = await until(() => deepQuery<HTMLInputElement>(el, '#share-link'), 5000, 'link field');
      const url = new URL(input.value);
      expect(url.hash.startsWith('#sme=')).to.equal(true);
      expect(input.value.length).to.be.below(2000);
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('a damaged share link gets a visible message and the normal intro', async () => {
    history.replaceState(null, '', `#sme=sme-readiness-default~${defaultQuestionnaire.version}~zz_zz`);
    const el = await mount();
    await until(() => deepQuery(el, '.intro'), 5000, 'intro');
    await el.updateComplete;
    expect(text(el)).to.contain('The link could not be read');
  });

  it('a link made with version 1.0.0 is refused with the earlier-version message, not misread', async () => {
    // A real 1.0.0 link of the first-time firm (its fields start at exports_now).
    history.replaceState(null, '', '#sme=sme-readiness-default~1.0.0~0_2____1_0_1_2_1_20_1_3k_1_0');
    const el = await mount();
    await until(() => deepQuery(el, '.intro'), 5000, 'intro');
    await el.updateComplete;
    expect(text(el)).to.contain('made with an earlier version of the assessment');
    expect(text(el)).not.to.contain('The link could not be read');
  });

  it('compares with an earlier assessment: radar overlay and each change', async () => {
    // An assessment taken in May, kept in this browser (read back and re-scored when results show).
    const earlier = createRecord(defaultQuestionnaire, FIRST_TIME_WEAK_DIGITAL, {
      locale: 'en',
      completedAt: '2026-05-01T10:00:00.000Z',
    });
    localStorage.setItem('sme-readiness:report-test:history', JSON.stringify([earlier]));
    const el = await mount();
    const now = await complete(el, EXPERIENCED_STRONG_ECOMMERCE);
    const select = deepQuery<HTMLSelectElement>(el, '.compare select')!;
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'No comparison',
      `May 1, 2026: overall ${earlier.result.overall.score}`,
    ]);
    select.value = earlier.completedAt;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const radar = deepQuery(el, 'sme-radar-chart')!;
    expect(radar.results).to.deep.equal([now.result, earlier.result]);
    await radar.updateComplete;
    const cells = [...radar.shadowRoot!.querySelectorAll('tbody tr')][0]!.children;
    const first = (result: AssessmentRecord) => result.result.dimensions[0]!.score!;
    const change = first(now) - first(earlier);
    expect(cells[4]!.textContent!.trim()).to.equal(
      change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0',
    );
    const overall = now.result.overall.score! - earlier.result.overall.score!;
    expect(deepQuery(el, '.changes')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      `Overall readiness ${now.result.overall.score} (+${overall})`,
    );
    // The results screen with its keep/share tools and the comparison passes axe.
    await expect(el).to.be.accessible();
  });

  it('prints a report on A4: header, scores, radar image, table, every recommendation, no buttons', async () => {
    const el = await mount();
    const record = await complete(el, FIRST_TIME_WEAK_DIGITAL);
    const radar = deepQuery(el, 'sme-radar-chart')!;
    await until(() => radar.drawn, 10000, 'the chart to be drawn');
    const pdf = (await executeServerCommand('print-to-pdf', { name: 'report' })) as {
      pages: string[];
      images: number;
      width: number;
      height: number;
    };
    const all = pdf.pages.join(' ').replace(/\s+/g, ' ');
    expect(pdf.pages.length, 'pages').to.be.within(2, 8);
    for (const part of [
      'Your results',
      'SME readiness check: digital maturity and export capacity, version',
      'Assessed on',
      'Overall readiness',
      'Scores by dimension',
      'Digital business strategy',
      'Your next steps',
    ])
      expect(all, part).to.contain(part);
    const en = englishTexts as unknown as Record<string, Record<string, Record<string, string>>>;
    for (const recommendation of record.result.recommendations) {
      const title = en.recommendations![recommendation.id]!.title!;
      expect(all.replace(/[\s‑-]/g, ''), title).to.contain(title.replace(/[\s‑-]/g, ''));
    }
    for (const absent of [
      'Print or save as PDF',
      'Download my answers',
      'Start again',
      'Show the scores as a table',
    ])
      expect(all, absent).not.to.contain(absent);
    expect(pdf.images, 'the radar printed as an image').to.be.at.least(1);
  });
});

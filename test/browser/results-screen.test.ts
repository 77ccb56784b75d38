// <sme-results> on its own, as a developer composing their own page uses it: properties in (record,
// questionnaire, history, shared), its screen rendered, and each request out as a documented event.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/results/results.define.js';
import type { SmeResults } from '../../src/components/results/results.js';
import { createRecord, type AssessmentRecord } from '../../src/engine/formats/assessment.js';
import type { SmeRecordOpenDetail } from '../../src/internal/events.js';
import { deepActiveElement, nextEvent, smallQuestionnaire, until } from './helpers/fixtures.js';

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
  startedAt: '2026-11-20T09:00:00.000Z',
  completedAt: '2026-11-20T09:12:00.000Z',
});
const earlier = createRecord(
  questionnaire,
  { exports: 'no', tools: ['erp', 'crm', 'cloud'], web: 'yes', skills: 'high' },
  { locale: 'en', completedAt: '2026-05-04T08:00:00.000Z' },
);

async function render(options: { shared?: boolean; history?: AssessmentRecord[] } = {}): Promise<SmeResults> {
  const el = await fixture<SmeResults>(
    html`<sme-results
      lang="en"
      .record=${record}
      .questionnaire=${questionnaire}
      .history=${options.history ?? [record]}
      ?shared=${options.shared ?? false}
    ></sme-results>`,
  );
  await until(() => el.shadowRoot!.querySelector('sme-score-summary'), 5000, 'the summary');
  return el;
}

const button = (el: SmeResults, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((item) => item.textContent!.trim() === label)!;

describe('<sme-results>', () => {
  it('shows the record: date, scores, radar and next steps, and passes axe', async () => {
    const el = await render();
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Your results');
    expect(text).to.contain('Assessed on November 20, 2026');
    expect(el.shadowRoot!.querySelector('sme-score-summary')!.result).to.deep.equal(record.result);
    expect(el.shadowRoot!.querySelector('sme-radar-chart')!.results).to.deep.equal([record.result]);
    expect(el.shadowRoot!.querySelector('sme-recommendations')!.result).to.deep.equal(record.result);
    await expect(el).to.be.accessible();
  });

  it('asks for confirmation before requesting a restart, by keyboard, and can be cancelled', async () => {
    const el = await render();
    let requests = 0;
    el.addEventListener('sme-restart-request', () => (requests += 1));
    button(el, 'Start again').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('.confirm-yes'));
    expect(requests).to.equal(0);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // "No, keep them"
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('.restart'));
    expect(requests).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const requested = nextEvent(el, 'sme-restart-request');
    await sendKeys({ press: 'Enter' });
    const event = await requested;
    expect(event.detail).to.deep.equal({});
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('requests going back to the answers', async () => {
    const el = await render();
    const requested = nextEvent(el, 'sme-edit-answers');
    button(el, 'Change my answers').click();
    expect((await requested).detail).to.deep.equal({});
  });

  it('marks shared results: a banner that leaves them, no date, no restart', async () => {
    const el = await render({ shared: true });
    expect(el.shadowRoot!.querySelector('[part="shared"]')).to.not.equal(null);
    expect(el.shadowRoot!.textContent).to.not.contain('Assessed on');
    expect(el.shadowRoot!.querySelector('.restart')).to.equal(null);
    const requested = nextEvent(el, 'sme-close-shared');
    button(el, 'Back to my own assessment').click();
    expect((await requested).detail).to.deep.equal({});
  });

  it('compares with an earlier assessment from its history', async () => {
    const el = await render({ history: [earlier, record] });
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.compare select')!;
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'No comparison',
      `May 4, 2026: overall ${earlier.result.overall.score}`,
    ]);
    select.value = earlier.completedAt;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('sme-radar-chart')!.results).to.deep.equal([
      record.result,
      earlier.result,
    ]);
    const change = record.result.overall.score! - earlier.result.overall.score!;
    expect(el.shadowRoot!.querySelector('.changes')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      `Overall readiness ${record.result.overall.score} (${new Intl.NumberFormat('en', { signDisplay: 'exceptZero' }).format(change)})`,
    );
  });

  it('hands an opened file to its owner only once the engine has checked it', async () => {
    const el = await render();
    const open = async (content: string) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#import-file')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'assessment.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    };
    const opened: SmeRecordOpenDetail[] = [];
    el.addEventListener('sme-record-open', (event) => opened.push(event.detail));

    const tampered = structuredClone(earlier);
    tampered.result.overall.score = 99;
    await open(JSON.stringify(tampered));
    await until(() => el.shadowRoot!.querySelector('.notice.error:not([hidden])'), 5000, 'the refusal');
    expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.contain('changed or damaged');
    expect(opened).to.deep.equal([]);

    await open(JSON.stringify(earlier));
    await until(() => opened.length > 0, 5000, 'sme-record-open');
    expect(opened).to.deep.equal([{ record: earlier, purpose: 'compare' }]);
  });
});

// The widget's outbox against the real collector (collector/, started by the test runner: see
// test/collector-command.mjs): with the collector stopped, a consented submission waits; once the
// collector runs again, it arrives, and is stored exactly once.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SmeReadiness } from '../../src/components/readiness/readiness.js';
import type { SmeSendResults } from '../../src/components/send-results/send-results.js';
import type { SmeSubmitErrorDetail, SmeSubmittedDetail } from '../../src/internal/events.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { FIRST_TIME_WEAK_DIGITAL } from '../fixtures/default-answers.js';
import provider from '../../examples/provider-example-cluster.json';
import { deepQuery, nextEvent, until } from './helpers/fixtures.js';

const collector = (action: string) =>
  executeServerCommand('collector', { action, origin: location.origin }) as Promise<{
    url: string;
    ids?: string[];
    status?: number;
  }>;

describe('the outbox, end to end with the collector', function () {
  this.timeout(120_000);
  after(() => collector('dispose'));

  it('waits while the collector is down and arrives once when it is back', async () => {
    localStorage.clear();
    const { url } = await collector('start');
    await collector('stop');

    const el = await fixture<SmeReadiness>(
      html`<sme-readiness
        lang="en"
        storage-key="collector-e2e"
        .questionnaire=${defaultQuestionnaire}
        .provider=${provider}
        submit-url=${url}
      ></sme-readiness>`,
    );
    (await until(() => deepQuery<HTMLButtonElement>(el, 'button.start'), 10000, 'the intro')).click();
    const form = await until(() => deepQuery(el, 'sme-questionnaire'), 5000, 'the questionnaire');
    form.dispatchEvent(
      new CustomEvent('sme-finish', {
        detail: { answers: FIRST_TIME_WEAK_DIGITAL },
        bubbles: true,
        composed: true,
      }),
    );
    const panel = await until(
      () => deepQuery<SmeSendResults>(el, 'sme-send-results'),
      10000,
      'the send panel',
    );
    const consent = await until(
      () => panel.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]'),
      10000,
      'the consent box',
    );
    consent.click();
    await panel.updateComplete;
    const failed = nextEvent<SmeSubmitErrorDetail>(el, 'sme-submit-error');
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const { detail } = await failed;
    expect(detail.willRetry).to.equal(true);
    expect(detail.status).to.equal(null);
    await until(() => panel.shadowRoot!.textContent!.includes('Waiting to send'), 5000, 'waiting');
    const waiting = JSON.parse(localStorage.getItem('sme-readiness:outbox')!) as {
      submission: { id: string };
    }[];
    expect(waiting.map((entry) => entry.submission.id)).to.deep.equal([detail.submissionId]);
    fixtureCleanup();

    // The collector is back; the SME comes back to the page.
    await collector('start');
    const arrived = new Promise<SmeSubmittedDetail>((resolve) =>
      document.addEventListener('sme-submitted', (event) => resolve(event.detail), { once: true }),
    );
    await fixture(
      html`<sme-readiness
        lang="en"
        storage-key="collector-e2e"
        .questionnaire=${defaultQuestionnaire}
      ></sme-readiness>`,
    );
    const receipt = await arrived;
    expect(receipt.submissionId).to.equal(detail.submissionId);
    expect(receipt.receipt.id).to.equal(detail.submissionId);
    expect(localStorage.getItem('sme-readiness:outbox')).to.equal(null);
    const stored = await collector('stored');
    expect(stored.status).to.equal(200);
    expect(stored.ids).to.deep.equal([detail.submissionId]);
  });
});

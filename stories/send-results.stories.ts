import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/results/results.define.js';
import '../src/components/send-results/send-results.define.js';
import { createRecord } from '../src/engine/formats/assessment.js';
import type { Provider } from '../src/engine/provider/schema.js';
import provider from '../examples/provider-example-cluster.json';
import { firstTimeAnswers, questionnaire } from './fixtures.js';

// The panel's states as an SME meets them. "Waiting" and "Sent" are what the widget reads from the
// browser's storage for this record (the outbox and the receipts), seeded here before the story renders.
const meta: Meta = { title: 'Send my results', component: 'sme-send-results' };
export default meta;

const profile = provider as unknown as Provider;
const record = createRecord(questionnaire, firstTimeAnswers, {
  locale: 'en',
  completedAt: '2026-11-20T09:12:00.000Z',
});
const URL = 'https://collector.example.org/v1/submissions';
const submission = {
  format: 'sme-readiness/submission@1',
  id: '3c4c7b7a-ba02-426e-955d-83bf5180db77',
  provider: profile.id,
  record,
  contact: null,
  consent: { given: true, notice: `sha256:${'0'.repeat(64)}`, locale: 'en', at: '2026-11-20T09:13:00.000Z' },
  sentAt: '2026-11-20T09:13:00.000Z',
};

function seed(outbox: unknown[], sent: unknown[]): void {
  localStorage.removeItem('sme-readiness:outbox');
  localStorage.removeItem('sme-readiness:sent');
  if (outbox.length) localStorage.setItem('sme-readiness:outbox', JSON.stringify(outbox));
  if (sent.length) localStorage.setItem('sme-readiness:sent', JSON.stringify(sent));
}

const panel = (lang = 'en', url = URL, withProvider: Provider | null = profile) =>
  html`<sme-send-results
    lang=${lang}
    .record=${record}
    .provider=${withProvider}
    url=${url}
  ></sme-send-results>`;

/** The notice first, an unticked consent box, optional contact fields; nothing sent before Send. */
export const Form: StoryObj = { render: () => (seed([], []), panel()) };

/** The same in German. */
export const German: StoryObj = { render: () => (seed([], []), panel('de')) };

/** The collector could not be reached: kept in this browser and tried again, or cancelled. */
export const WaitingToSend: StoryObj = {
  render: () => (
    seed(
      [
        {
          submission,
          url: URL,
          credentials: 'omit',
          headers: {},
          attempts: 2,
          nextAttemptAt: Date.now() + 60_000,
          lastError: 'the server could not be reached (Failed to fetch)',
        },
      ],
      [],
    ),
    panel()
  ),
};

/** Stored: the receipt and how to withdraw. */
export const Sent: StoryObj = {
  render: () => (
    seed(
      [],
      [
        {
          submissionId: submission.id,
          recordKey: `${record.questionnaire.id}@${record.completedAt}`,
          provider: profile.id,
          receipt: {
            format: 'sme-readiness/receipt@1',
            id: submission.id,
            receivedAt: '2026-11-20T09:13:02.000Z',
          },
        },
      ],
    ),
    panel()
  ),
};

/** A page that points "Send my results" at an address that is not secure: refused, visibly. */
export const InsecureAddress: StoryObj = {
  render: () => (seed([], []), panel('en', 'http://collector.example.org/v1')),
};

/** A submit URL without a provider profile: there is no notice to agree to, so nothing can be sent. */
export const NoPrivacyNotice: StoryObj = { render: () => (seed([], []), panel('en', URL, null)) };

/** The whole results screen with the provider's offer and the panel. */
export const InTheResults: StoryObj = {
  render: () => (
    seed([], []),
    html`<sme-results
      lang="en"
      .record=${record}
      .questionnaire=${questionnaire}
      .history=${[record]}
      .provider=${profile}
      submit-url=${URL}
    ></sme-results>`
  ),
};

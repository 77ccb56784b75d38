// The provider's side in the results, as an SME meets it: the services that fit its profile (and not
// the other profile's), past events left out, the lines under the next steps, the adviser's contact;
// and "Send my results" against a real HTTP server the test runner started (test/submit-stub.mjs):
// nothing sent before consent, a receipt, a 500 then success, no connection then a new visit, a 400
// with the server's message, a timeout, a URL that is not secure, by keyboard alone, and in German.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SmeReadiness } from '../../src/components/readiness/readiness.js';
import type { SmeSendResults } from '../../src/components/send-results/send-results.js';
import type { SmeSubmitDetail, SmeSubmitErrorDetail, SmeSubmittedDetail } from '../../src/internal/events.js';
import provider from '../fixtures/provider-small.json';
import {
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  deepText,
  nextEvent,
  smallQuestionnaire,
  until,
} from './helpers/fixtures.js';

interface StubState {
  url: string;
  requests: { method: string; path: string; headers: Record<string, string>; body: string }[];
}
const stub = (payload: { mode?: string; failures?: number; reset?: boolean } = {}) =>
  executeServerCommand('submit-stub', payload) as Promise<StubState>;
const posts = async () => (await stub()).requests.filter((request) => request.method === 'POST');

const questionnaire = smallQuestionnaire();
const FIRST_TIME = {
  exports: 'no',
  tools: ['erp'],
  web: 'dk',
  staff: 80,
  skills: 'low',
  markets: 'm1',
  plan: 'no',
};
const EXPERIENCED = {
  exports: 'yes',
  share: 'p25',
  tools: ['erp', 'crm'],
  web: 'yes',
  skills: 'high',
  markets: 'm3',
};

async function results(
  answers: Record<string, unknown>,
  options: { lang?: string; submitUrl?: string; profile?: unknown } = {},
): Promise<SmeReadiness> {
  // Each test starts a new assessment (saved progress would offer "resume" instead).
  localStorage.removeItem('sme-readiness:send-test');
  const el = await fixture<SmeReadiness>(
    html`<sme-readiness
      lang=${options.lang ?? 'en'}
      storage-key="send-test"
      .questionnaire=${questionnaire}
      .provider=${options.profile ?? provider}
      submit-url=${options.submitUrl ?? ''}
    ></sme-readiness>`,
  );
  const start = await until(() => deepQuery<HTMLButtonElement>(el, 'button.start'), 5000, 'the intro');
  start.click();
  const form = await until(() => deepQuery(el, 'sme-questionnaire'), 5000, 'the questionnaire');
  form.dispatchEvent(new CustomEvent('sme-finish', { detail: { answers }, bubbles: true, composed: true }));
  await until(() => deepQuery(el, 'sme-recommendations'), 10000, 'the results');
  // The profile is checked against the questionnaire before its services show.
  await until(() => deepQuery(el, '[part="offers"]'), 5000, 'the provider’s offer');
  return el;
}

const serviceTitles = (el: Element) =>
  deepQueryAll(el, '.service-title').map((link) => link.textContent!.trim());

const sendPanel = (el: Element) => deepQuery<SmeSendResults>(el, 'sme-send-results')!;
const inPanel = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  sendPanel(el).shadowRoot!.querySelector<E>(selector);

async function consentAndSend(el: Element): Promise<void> {
  inPanel<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
  await sendPanel(el).updateComplete;
  inPanel<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
}

describe('the provider’s offer in the results', () => {
  beforeEach(async () => {
    localStorage.clear();
    await stub({ reset: true });
  });
  afterEach(() => fixtureCleanup());

  it('offers a first-time firm the first-time services and not the experienced ones, and the reverse', async () => {
    const first = await results(FIRST_TIME);
    expect(serviceTitles(first)).to.include('Export coaching for first-time exporters');
    expect(serviceTitles(first)).to.not.include('Trade mission for experienced exporters');
    fixtureCleanup();
    const experienced = await results(EXPERIENCED);
    expect(serviceTitles(experienced)).to.include('Trade mission for experienced exporters');
    expect(serviceTitles(experienced)).to.not.include('Export coaching for first-time exporters');
  });

  it('leaves out events that are over, and shows dates, place or online, and the adviser', async () => {
    const el = await results(EXPERIENCED);
    const text = deepText(deepQuery(el, '[part="offers"]')!);
    expect(text).to.not.contain('already held');
    expect(text).to.contain('What Test Cluster offers you');
    expect(text).to.match(/May 10\s*–\s*14, 2099/);
    expect(text).to.contain('Testtown');
    const links = deepQueryAll<HTMLAnchorElement>(el, '[part="adviser"] a').map((link) =>
      link.getAttribute('href'),
    );
    expect(links).to.deep.equal([
      'https://cluster.example/book',
      'mailto:advice@cluster.example',
      'tel:+4930000000',
    ]);
  });

  it('names the service under the next step it helps with', async () => {
    const el = await results(FIRST_TIME);
    const help = deepQueryAll(el, '[part="help"]').map((line) =>
      line.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(
      help.some((line) => line.startsWith('Test Cluster can help: Export coaching for first-time exporters')),
    ).to.equal(true, help.join(' | '));
    await expect(deepQuery(el, 'sme-results')!).to.be.accessible();
  });

  it('prints the provider’s offer with the report, without the send form', async () => {
    const { url } = await stub();
    await results(FIRST_TIME, { submitUrl: url });
    const pdf = (await executeServerCommand('print-to-pdf', { name: 'provider-offer' })) as {
      pages: string[];
    };
    const printed = pdf.pages.join(' ').replace(/\s+/g, ' ');
    expect(printed).to.contain('What Test Cluster offers you');
    expect(printed).to.contain('Export coaching for first-time exporters');
    expect(printed).to.contain('advice@cluster.example');
    expect(printed).to.not.contain('Send my results');
  });

  it('shows the results as before when there is no provider profile', async () => {
    const el = await fixture<SmeReadiness>(
      html`<sme-readiness storage-key="send-test" .questionnaire=${questionnaire}></sme-readiness>`,
    );
    (await until(() => deepQuery<HTMLButtonElement>(el, 'button.start'), 5000, 'the intro')).click();
    const form = await until(() => deepQuery(el, 'sme-questionnaire'), 5000, 'the questionnaire');
    form.dispatchEvent(
      new CustomEvent('sme-finish', { detail: { answers: FIRST_TIME }, bubbles: true, composed: true }),
    );
    await until(() => deepQuery(el, 'sme-recommendations'), 10000, 'the results');
    expect(deepQuery(el, '[part="offers"]')).to.equal(null);
    expect(deepQuery(el, 'sme-send-results')).to.equal(null);
    expect(deepQuery(el, '[part="help"]')).to.equal(null);
  });

  it('reports a profile that names what the questionnaire lacks, visibly and as sme-error, and goes on without it', async () => {
    const broken = structuredClone(provider);
    broken.services[0]!.for = { profiles: ['veteran'], dimensions: ['markets'] };
    const errors: string[] = [];
    document.addEventListener('sme-error', (event) => errors.push(event.detail.code), { once: true });
    const el = await fixture<SmeReadiness>(
      html`<sme-readiness
        storage-key="send-test"
        .questionnaire=${questionnaire}
        .provider=${broken}
      ></sme-readiness>`,
    );
    const panel = await until(() => deepQuery(el, '[part="provider-problem"]'), 5000, 'the problem panel');
    expect(panel.textContent).to.contain('services[0].for.profiles[0]');
    expect(errors).to.deep.equal(['provider-mismatch']);
    expect(deepQuery(el, 'button.start')).to.not.equal(null);
  });
});

describe('sending the results, only with consent', () => {
  beforeEach(async () => {
    localStorage.clear();
    await stub({ reset: true });
  });
  afterEach(() => fixtureCleanup());

  it('sends nothing before Send, refuses without consent, then stores with a receipt', async () => {
    const { url } = await stub();
    const el = await results(FIRST_TIME, { submitUrl: url });
    const panel = sendPanel(el);
    // The notice comes before any field.
    const notice = inPanel(el, '[part="notice"]')!;
    const firstField = inPanel(el, 'input')!;
    expect(notice.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(notice.textContent).to.contain('We keep them for two years');
    expect(inPanel<HTMLInputElement>(el, 'input[type="checkbox"]')!.checked).to.equal(false);

    inPanel<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await panel.updateComplete;
    expect(panel.shadowRoot!.textContent).to.contain('Tick the box to agree before sending.');
    expect(await posts()).to.have.length(0);

    const submitted = nextEvent<SmeSubmittedDetail>(el, 'sme-submitted');
    await consentAndSend(el);
    const { detail } = await submitted;
    const [request] = await posts();
    expect(request).to.not.equal(undefined);
    const body = JSON.parse(request!.body);
    expect(body.format).to.equal('sme-readiness/submission@1');
    expect(body.id).to.equal(detail.submissionId);
    expect(body.provider).to.equal('test-cluster');
    expect(body.contact).to.equal(null);
    expect(body.consent).to.include({ given: true, noticeVersion: '2027-01', locale: 'en' });
    expect(body.consent.notice).to.match(/^sha256:[0-9a-f]{64}$/);
    expect(body.record.answers).to.deep.equal(JSON.parse(JSON.stringify(FIRST_TIME)));
    expect(request!.headers.cookie).to.equal(undefined);
    await panel.updateComplete;
    const text = panel.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Sent to Test Cluster on');
    expect(text).to.contain(`Reference: ${detail.receipt.id}`);
    expect(text).to.contain('write to advice@cluster.example');
    await expect(panel).to.be.accessible();
  });

  it('lets the page add headers, or send by its own means', async () => {
    const { url } = await stub();
    const el = await results(FIRST_TIME, { submitUrl: url });
    el.addEventListener('sme-submit', (event) => (event.detail.headers['x-provider-key'] = 'k-123'), {
      once: true,
    });
    const submitted = nextEvent(el, 'sme-submitted');
    await consentAndSend(el);
    await submitted;
    expect((await posts())[0]!.headers['x-provider-key']).to.equal('k-123');

    fixtureCleanup();
    await stub({ reset: true });
    const other = await results(FIRST_TIME, { submitUrl: url });
    const handed: SmeSubmitDetail[] = [];
    other.addEventListener('sme-submit', (event) => {
      handed.push(event.detail);
      event.preventDefault();
    });
    await consentAndSend(other);
    await until(
      () => sendPanel(other).shadowRoot!.textContent!.includes('handed to this page'),
      5000,
      'handed over',
    );
    expect(handed).to.have.length(1);
    expect(await posts()).to.have.length(0);
  });

  it('checks the contact details in the SME’s words before sending', async () => {
    const { url } = await stub();
    const el = await results(FIRST_TIME, { submitUrl: url });
    const panel = sendPanel(el);
    const email = inPanel<HTMLInputElement>(el, 'input[type="email"]')!;
    email.value = 'not an address';
    email.dispatchEvent(new Event('input'));
    await consentAndSend(el);
    await panel.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(panel.shadowRoot!.getElementById(email.getAttribute('aria-describedby')!)!.textContent).to.contain(
      'name@example.com',
    );
    expect(deepActiveElement()).to.equal(email);
    expect(await posts()).to.have.length(0);
    email.value = 'ana@firm.example';
    email.dispatchEvent(new Event('input'));
    const submitted = nextEvent(el, 'sme-submitted');
    inPanel<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await submitted;
    expect(JSON.parse((await posts())[0]!.body).contact).to.deep.equal({
      email: 'ana@firm.example',
      contactMe: false,
    });
  });

  it('a 500 keeps it in the outbox, says it will retry, and the retry arrives once', async () => {
    const { url } = await stub({ failures: 1 });
    const el = await results(FIRST_TIME, { submitUrl: url });
    const failed = nextEvent<SmeSubmitErrorDetail>(el, 'sme-submit-error');
    await consentAndSend(el);
    expect((await failed).detail).to.include({ willRetry: true });
    const panel = sendPanel(el);
    await until(
      () => panel.shadowRoot!.textContent!.includes('Waiting to send — will retry'),
      5000,
      'waiting',
    );
    expect(JSON.parse(localStorage.getItem('sme-readiness:outbox')!)).to.have.length(1);
    const submitted = nextEvent(el, 'sme-submitted');
    inPanel<HTMLButtonElement>(el, 'button.retry')!.click();
    await submitted;
    const sent = await posts();
    expect(sent).to.have.length(2);
    expect(JSON.parse(sent[0]!.body).id).to.equal(JSON.parse(sent[1]!.body).id);
    expect(localStorage.getItem('sme-readiness:outbox')).to.equal(null);
  });

  it('with no connection it waits, survives a new visit, and is sent on that visit', async () => {
    const { url } = await stub({ mode: 'drop' });
    const el = await results(FIRST_TIME, { submitUrl: url });
    const failed = nextEvent<SmeSubmitErrorDetail>(el, 'sme-submit-error');
    await consentAndSend(el);
    expect((await failed).detail.status).to.equal(null);
    const waiting = JSON.parse(localStorage.getItem('sme-readiness:outbox')!);
    expect(waiting).to.have.length(1);
    fixtureCleanup();

    // The next visit: the connection is back; the widget sends what waited as soon as it connects.
    await stub({ reset: true, mode: 'ok' });
    const arrived = new Promise<SmeSubmittedDetail>((resolve) =>
      document.addEventListener('sme-submitted', (event) => resolve(event.detail), { once: true }),
    );
    await fixture(
      html`<sme-readiness storage-key="send-test" .questionnaire=${questionnaire}></sme-readiness>`,
    );
    const receipt = await arrived;
    expect(receipt.submissionId).to.equal(waiting[0].submission.id);
    expect(
      (await posts()).filter((request) => JSON.parse(request.body).id === receipt.submissionId),
    ).to.have.length(1);
    expect(localStorage.getItem('sme-readiness:outbox')).to.equal(null);
  });

  it('a 400 shows the server’s message and is not retried', async () => {
    const { url } = await stub({ mode: 'bad' });
    const el = await results(FIRST_TIME, { submitUrl: url });
    const failed = nextEvent<SmeSubmitErrorDetail>(el, 'sme-submit-error');
    await consentAndSend(el);
    expect((await failed).detail).to.include({ status: 400, code: 'invalid_contact', willRetry: false });
    const panel = sendPanel(el);
    await panel.updateComplete;
    expect(panel.shadowRoot!.textContent).to.contain(
      'could not accept the results: The e-mail address is not accepted here.',
    );
    expect(localStorage.getItem('sme-readiness:outbox')).to.equal(null);
  });

  it('gives up an attempt that takes too long, and keeps the submission to retry', async () => {
    const { url } = await stub({ mode: 'slow' });
    const el = await results(FIRST_TIME, { submitUrl: url });
    sendPanel(el).timeout = 500;
    const failed = nextEvent<SmeSubmitErrorDetail>(el, 'sme-submit-error');
    await consentAndSend(el);
    const { detail } = await failed;
    expect(detail.message).to.contain('no answer within');
    expect(detail.willRetry).to.equal(true);
    inPanel<HTMLButtonElement>(el, 'button.cancel')!.click();
    await sendPanel(el).updateComplete;
    expect(sendPanel(el).shadowRoot!.textContent).to.contain('Nothing was sent');
    expect(localStorage.getItem('sme-readiness:outbox')).to.equal(null);
  });

  it('refuses a URL that is not secure, visibly, and sends nothing', async () => {
    const el = await results(FIRST_TIME, { submitUrl: 'http://collector.example/v1/submissions' });
    const alert = inPanel(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('not a secure (https) address');
    expect(inPanel(el, 'form')).to.equal(null);
  });

  it('can be sent with the keyboard alone', async () => {
    const { url } = await stub();
    const el = await results(FIRST_TIME, { submitUrl: url });
    const consent = inPanel<HTMLInputElement>(el, 'input[type="checkbox"]')!;
    consent.focus();
    await sendKeys({ press: 'Space' });
    expect(consent.checked).to.equal(true);
    // Through the contact fields to the button.
    for (let step = 0; step < 12 && deepActiveElement()?.getAttribute('type') !== 'submit'; step += 1)
      await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('type')).to.equal('submit');
    const submitted = nextEvent(el, 'sme-submitted');
    await sendKeys({ press: 'Enter' });
    await submitted;
  });

  it('fits a 390 px phone and speaks German', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const { url } = await stub();
      const el = await results(FIRST_TIME, { submitUrl: url, lang: 'de' });
      const panel = sendPanel(el);
      const text = panel.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Meine Ergebnisse an Test-Cluster senden');
      expect(text).to.contain('Wir bewahren sie zwei Jahre auf.');
      expect(deepText(deepQuery(el, '[part="offers"]')!)).to.contain('Exportcoaching für Erstexporteure');
      for (const element of panel.shadowRoot!.querySelectorAll<HTMLElement>('*'))
        if (element.checkVisibility())
          expect(element.scrollWidth, element.className || element.tagName).to.be.at.most(
            element.clientWidth + 1 || Infinity,
          );
      inPanel<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await panel.updateComplete;
      expect(panel.shadowRoot!.textContent).to.contain('Setzen Sie das Häkchen');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

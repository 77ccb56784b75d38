// "Send my results to <provider>": the provider's privacy notice first, then an unticked consent box
// and optional contact fields, and nothing sent before the SME presses Send. Data flow: `record`,
// `provider` and `url` in → the SME's consent and details → a submission (engine formats/submission.ts,
// with the digest of the notice shown) → `sme-submit` (cancelable: the host may add headers or send it
// itself) → outbox.ts delivers it, keeping it in localStorage and retrying while the network or the
// server fails → `sme-submitted` with the server's receipt, or `sme-submit-error`. The SME sees each
// state in a live region: waiting (with "try again now" and "cancel"), sent (with the receipt and how
// to withdraw) or refused (with the server's message).
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AssessmentRecord } from '../../engine/formats/assessment.js';
import {
  createSubmission,
  isSendableUrl,
  noticeDigest,
  type Receipt,
  type Submission,
} from '../../engine/formats/submission.js';
import type { Provider } from '../../engine/provider/schema.js';
import { emit } from '../../internal/events.js';
import { providerText } from '../../internal/provider-texts.js';
import { SmeResultsElement } from '../../internal/results-element.js';
import { buttonStyles, fieldStyles, screenStyles, themeStyles } from '../../internal/theme.styles.js';
import {
  attempt,
  outboxEntries,
  putEntry,
  recordKeyOf,
  removeEntry,
  sentEntries,
  type Delivery,
  type OutboxEntry,
} from './outbox.js';
import { sendResultsStyles } from './send-results.styles.js';

type Status =
  | { kind: 'form' }
  | { kind: 'sending' }
  | { kind: 'waiting'; entry: OutboxEntry }
  | { kind: 'sent'; receipt: Receipt }
  | { kind: 'refused'; message: string }
  | { kind: 'blocked'; message: string }
  | { kind: 'cancelled' }
  | { kind: 'handed' };

type Field = 'consent' | 'email' | 'phone' | 'contact';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()./-]{3,38}$/;

let nextId = 0;

/**
 * @tagname sme-send-results
 * @summary Sends the results to the provider who offers the check, only with the SME's consent.
 *
 * @fires sme-submit - Cancelable, just before the request. Detail: `{ url, submission, headers }`; add headers, or `preventDefault()` to send it yourself.
 * @fires sme-submitted - The provider's server stored the results. Detail: `{ url, submissionId, receipt }`.
 * @fires sme-submit-error - An attempt failed. Detail: `{ url, submissionId, status, code, message, willRetry }`.
 *
 * @csspart base - The panel.
 * @csspart notice - The provider's privacy notice.
 * @csspart field - Each contact field.
 * @csspart button - The panel's buttons.
 * @csspart status - What happened to the results: waiting, sent, refused.
 */
export class SmeSendResults extends SmeResultsElement {
  static override styles = [themeStyles, buttonStyles, fieldStyles, screenStyles, sendResultsStyles];

  /** The completed assessment to send. */
  @property({ attribute: false }) record: AssessmentRecord | null = null;

  /** The provider profile: its name, privacy notice and contact. */
  @property({ attribute: false }) provider: Provider | null = null;

  /** Where to send (the profile's `submitUrl` or the widget's `submit-url`): `https:`, or `http:` on this machine. */
  @property() url = '';

  /** How long, in milliseconds, one attempt may take. */
  @property({ attribute: false }) timeout = 15_000;

  /** Keep nothing in the browser's storage: a submission waiting to be retried lives for this page view only. */
  @property({ type: Boolean, attribute: 'no-storage' }) noStorage = false;

  @state() private status: Status = { kind: 'form' };
  @state() private consent = false;
  @state() private contact = { name: '', company: '', email: '', phone: '', contactMe: false };
  @state() private errors: Partial<Record<Field, string>> = {};

  private readonly uid = `sme-send${(nextId += 1)}`;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.retryTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // What already happened to this record: sent before, or waiting in the outbox.
    if (changed.has('record') && this.record) {
      const key = `${this.record.questionnaire.id}@${this.record.completedAt}`;
      const sent = sentEntries()
        .filter((entry) => entry.recordKey === key)
        .at(-1);
      const waiting = outboxEntries().find((entry) => recordKeyOf(entry.submission) === key);
      this.status = sent
        ? { kind: 'sent', receipt: sent.receipt }
        : waiting
          ? { kind: 'waiting', entry: waiting }
          : { kind: 'form' };
      if (waiting) this.scheduleRetry(waiting);
    }
  }

  private providerName(): string {
    return this.provider ? providerText(this.localize, this.provider, this.provider.name) : '';
  }

  override render() {
    const { t } = this;
    const name = this.providerName();
    if (!this.record || !this.url) return nothing;
    return html`<section class="send" part="base" aria-labelledby="${this.uid}-title">
      <h3 id="${this.uid}-title">${t('send.title', { provider: name })}</h3>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody() {
    const { t } = this;
    const privacy = this.provider?.privacy;
    if (!isSendableUrl(this.url))
      return html`<p class="notice error" role="alert">${t('send.unsafeUrl', { url: this.url })}</p>`;
    if (!this.provider || !privacy)
      return html`<p class="notice error" role="alert">${t('send.noNotice')}</p>`;
    const { status } = this;
    if (status.kind === 'sent') return this.renderReceipt(status.receipt);
    if (status.kind === 'handed')
      return html`<p class="status" part="status" role="status">${t('send.handedOver')}</p>`;
    if (status.kind === 'waiting') return this.renderWaiting(status.entry);
    return html`<div class="notice-text" part="notice">
        <p class="lead">${t('send.lead')}</p>
        <p>${providerText(this.localize, this.provider, privacy.notice)}</p>
        <p>
          <a href=${privacy.url} target="_blank" rel="noopener noreferrer"
            >${t('send.privacyLink', { provider: this.providerName() })}</a
          >
        </p>
      </div>
      ${this.renderForm()}
      <div class="status" part="status" role="status">
        ${
          status.kind === 'refused'
            ? html`<p class="error">
                ${t('send.refused', { provider: this.providerName(), message: status.message })}
              </p>`
            : status.kind === 'blocked'
              ? html`<p class="error">${status.message}</p>`
              : status.kind === 'cancelled'
                ? html`<p>${t('send.cancelled')}</p>`
                : nothing
        }
      </div>`;
  }

  private renderForm() {
    const { t } = this;
    const id = (field: string) => `${this.uid}-${field}`;
    const error = (field: Field) =>
      this.errors[field]
        ? html`<p class="field-error" id=${id(`${field}-error`)}>${this.errors[field]}</p>`
        : nothing;
    const described = (field: Field) => (this.errors[field] ? id(`${field}-error`) : nothing);
    const text = (field: 'name' | 'company' | 'email' | 'phone', type: string, autocomplete: string) =>
      html`<label class="text-field" for=${id(field)}>
          <span>${t(`send.${field}`)}</span>
          <input
            class="field"
            part="field"
            id=${id(field)}
            type=${type}
            autocomplete=${autocomplete}
            maxlength=${field === 'email' ? 254 : field === 'phone' ? 40 : 200}
            aria-invalid=${this.errors[field as Field] ? 'true' : 'false'}
            aria-describedby=${field === 'email' || field === 'phone' ? described(field) : nothing}
            .value=${this.contact[field]}
            @input=${(event: Event) => this.setContact(field, (event.target as HTMLInputElement).value)}
          />
        </label>
        ${field === 'email' || field === 'phone' ? error(field) : nothing}`;
    const sending = this.status.kind === 'sending';
    return html`<form novalidate @submit=${(event: Event) => this.onSubmit(event)}>
      <div class="consent">
        <label class="check">
          <input
            id=${id('consent')}
            type="checkbox"
            .checked=${this.consent}
            aria-invalid=${this.errors.consent ? 'true' : 'false'}
            aria-describedby=${described('consent')}
            @change=${(event: Event) => {
              this.consent = (event.target as HTMLInputElement).checked;
              if (this.consent) this.errors = { ...this.errors, consent: undefined };
            }}
          />
          <span>${t('send.consent', { provider: this.providerName() })}</span>
        </label>
        ${error('consent')}
      </div>
      <fieldset class="contact">
        <legend>${t('send.optional', { provider: this.providerName() })}</legend>
        ${text('name', 'text', 'name')} ${text('company', 'text', 'organization')}
        ${text('email', 'email', 'email')} ${text('phone', 'tel', 'tel')}
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.contact.contactMe}
            aria-describedby=${described('contact')}
            @change=${(event: Event) => this.setContact('contactMe', (event.target as HTMLInputElement).checked)}
          />
          <span>${t('send.contactMe')}</span>
        </label>
        ${error('contact')}
      </fieldset>
      <div class="actions">
        <button
          part="button"
          class="button"
          type="submit"
          ?disabled=${sending}
          aria-disabled=${sending ? 'true' : 'false'}
        >
          ${sending ? t('send.sending') : t('send.send')}
        </button>
      </div>
    </form>`;
  }

  private renderWaiting(entry: OutboxEntry) {
    const { t } = this;
    return html`<div class="status waiting" part="status" role="status">
        <p><strong>${t('send.waiting')}</strong></p>
        ${entry.lastError ? html`<p class="muted">${t('send.lastAttempt', { reason: entry.lastError })}</p>` : nothing}
      </div>
      <div class="actions">
        <button
          part="button"
          class="button secondary retry"
          type="button"
          @click=${() => void this.retryNow()}
        >
          ${t('send.retryNow')}
        </button>
        <button part="button" class="button quiet cancel" type="button" @click=${() => this.cancel(entry)}>
          ${t('send.cancel')}
        </button>
      </div>`;
  }

  private renderReceipt(receipt: Receipt) {
    const { t } = this;
    const email = this.provider?.contact.email;
    return html`<div class="status sent" part="status" role="status">
      <p>
        <strong
          >${t('send.sent', { provider: this.providerName(), date: this.formatTime(receipt.receivedAt) })}</strong
        >
      </p>
      <p>${t('send.reference', { id: receipt.id })}</p>
      ${email ? html`<p>${t('send.withdraw', { email })}</p>` : nothing}
    </div>`;
  }

  private setContact(field: keyof SmeSendResults['contact'], value: string | boolean): void {
    this.contact = { ...this.contact, [field]: value };
  }

  /** Checks the form; returns the first field in error, or null. */
  private check(): Field | null {
    const { t } = this;
    const errors: Partial<Record<Field, string>> = {};
    const email = this.contact.email.trim();
    const phone = this.contact.phone.trim();
    if (!this.consent) errors.consent = t('send.consentRequired');
    if (email && !EMAIL.test(email)) errors.email = t('send.emailInvalid');
    if (phone && !PHONE.test(phone)) errors.phone = t('send.phoneInvalid');
    if (this.contact.contactMe && !email && !phone) errors.contact = t('send.contactNeedsWay');
    this.errors = errors;
    return (['consent', 'email', 'phone', 'contact'] as const).find((field) => errors[field]) ?? null;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { record, provider } = this;
    if (!record || !provider?.privacy || this.status.kind === 'sending') return;
    const invalid = this.check();
    if (invalid) {
      await this.updateComplete;
      const target = invalid === 'contact' ? 'email' : invalid;
      this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-${target}`)?.focus();
      return;
    }
    this.status = { kind: 'sending' };
    const notice = providerText(this.localize, provider, provider.privacy.notice);
    const trimmed = (value: string) => value.trim() || undefined;
    const contact = {
      name: trimmed(this.contact.name),
      company: trimmed(this.contact.company),
      email: trimmed(this.contact.email),
      phone: trimmed(this.contact.phone),
      contactMe: this.contact.contactMe,
    };
    const given = Object.values(contact).some((value) => value !== undefined && value !== false);
    let submission: Submission;
    try {
      submission = createSubmission(record, {
        provider: provider.id,
        contact: given ? (JSON.parse(JSON.stringify(contact)) as Submission['contact']) : null,
        consent: {
          notice: await noticeDigest(notice),
          noticeVersion: provider.privacy.version,
          locale: this.localize.lang,
          at: new Date().toISOString(),
        },
      });
    } catch (error) {
      // Web Crypto (the notice's digest, the submission id) exists only on secure pages.
      console.warn('sme-readiness: the results could not be prepared for sending.', error);
      this.status = { kind: 'blocked', message: this.t('send.insecurePage') };
      return;
    }
    const detail = { url: this.url, submission, headers: {} as Record<string, string> };
    if (!emit(this, 'sme-submit', detail, { cancelable: true })) {
      this.status = { kind: 'handed' };
      return;
    }
    const entry: OutboxEntry = {
      submission,
      url: this.url,
      credentials: provider.submitCredentials ?? 'omit',
      headers: { ...detail.headers },
      attempts: 0,
      nextAttemptAt: Date.now(),
      lastError: null,
    };
    // Into the outbox before the first attempt, so a tab closed mid-request still sends it next time.
    putEntry(entry, !this.noStorage);
    await this.send(entry);
  }

  private async send(entry: OutboxEntry): Promise<void> {
    clearTimeout(this.retryTimer);
    const delivery = await attempt(entry, this.timeout);
    this.afterDelivery(entry, delivery);
  }

  private afterDelivery(entry: OutboxEntry, delivery: Delivery): void {
    const base = { url: entry.url, submissionId: entry.submission.id };
    if (delivery.kind === 'stored') {
      this.status = { kind: 'sent', receipt: delivery.receipt };
      emit(this, 'sme-submitted', { ...base, receipt: delivery.receipt });
      return;
    }
    if (delivery.kind === 'refused') {
      this.status = { kind: 'refused', message: delivery.message };
      emit(this, 'sme-submit-error', {
        ...base,
        status: delivery.status,
        code: delivery.code,
        message: delivery.message,
        willRetry: false,
      });
      return;
    }
    const waiting = outboxEntries().find((each) => each.submission.id === entry.submission.id) ?? entry;
    this.status = { kind: 'waiting', entry: waiting };
    emit(this, 'sme-submit-error', {
      ...base,
      status: null,
      code: 'not_delivered',
      message: delivery.reason,
      willRetry: true,
    });
    this.scheduleRetry(waiting);
  }

  private scheduleRetry(entry: OutboxEntry): void {
    clearTimeout(this.retryTimer);
    const wait = Math.max(0, entry.nextAttemptAt - Date.now());
    this.retryTimer = setTimeout(() => {
      const current = outboxEntries().find((each) => each.submission.id === entry.submission.id);
      if (current && this.isConnected) void this.send(current);
    }, wait);
  }

  private async retryNow(): Promise<void> {
    if (this.status.kind !== 'waiting') return;
    const entry = this.status.entry;
    this.status = { kind: 'sending' };
    await this.send(outboxEntries().find((each) => each.submission.id === entry.submission.id) ?? entry);
  }

  private cancel(entry: OutboxEntry): void {
    clearTimeout(this.retryTimer);
    removeEntry(entry.submission.id);
    this.status = { kind: 'cancelled' };
  }

  private formatTime(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    try {
      return new Intl.DateTimeFormat(this.localize.lang, { dateStyle: 'long', timeStyle: 'short' }).format(
        date,
      );
    } catch {
      return date.toISOString();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sme-send-results': SmeSendResults;
  }
}

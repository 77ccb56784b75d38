// The "Send my results" request (formats/submission.ts): what createSubmission() builds, what the
// schemas accept and refuse, the notice digest, and which URLs results may be sent to.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import {
  createRecord,
  createSubmission,
  isSendableUrl,
  noticeDigest,
  ReceiptSchema,
  RECEIPT_FORMAT,
  SubmissionErrorSchema,
  SubmissionSchema,
  SUBMISSION_FORMAT,
  type Submission,
} from '../../src/engine/index.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { FIRST_TIME_WEAK_DIGITAL } from '../fixtures/default-answers.js';

const record = createRecord(defaultQuestionnaire, FIRST_TIME_WEAK_DIGITAL, {
  locale: 'de',
  startedAt: '2027-01-15T08:50:00.000Z',
  completedAt: '2027-01-15T09:02:10.000Z',
});
const ID = '0b7e5a8e-3c1f-4d2a-9f6b-2a4c8e1d7f90';
const NOTICE = `sha256:${'ab'.repeat(32)}`;
const submission = (): Submission =>
  createSubmission(record, {
    provider: 'cluster-musterstadt',
    contact: { name: ' Erika Mustermann ', company: 'Muster GmbH', email: '', contactMe: true },
    consent: { notice: NOTICE, noticeVersion: '2027-01', locale: 'de', at: '2027-01-15T09:03:00.000Z' },
    id: ID,
    sentAt: '2027-01-15T09:03:05.000Z',
  });
/** A submission as a test edits it: any value anywhere. */
interface Editable {
  [field: string]: unknown;
  record: Record<string, unknown>;
  contact: Record<string, unknown>;
  consent: Record<string, unknown>;
}
const refused = (change: (body: Editable) => void) => {
  const body = structuredClone(submission()) as unknown as Editable;
  change(body);
  return !z.safeParse(SubmissionSchema, body).success;
};

describe('createSubmission', () => {
  test('builds exactly the documented request, which the schema accepts', () => {
    const built = submission();
    assert.deepEqual(built, {
      format: 'sme-readiness/submission@1',
      id: ID,
      provider: 'cluster-musterstadt',
      record,
      contact: { name: 'Erika Mustermann', company: 'Muster GmbH', contactMe: true },
      consent: {
        given: true,
        notice: NOTICE,
        noticeVersion: '2027-01',
        locale: 'de',
        at: '2027-01-15T09:03:00.000Z',
      },
      sentAt: '2027-01-15T09:03:05.000Z',
    });
    assert.equal(built.format, SUBMISSION_FORMAT);
    const parsed = z.safeParse(SubmissionSchema, JSON.parse(JSON.stringify(built)));
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    assert.deepEqual(parsed.data, built);
  });

  test('defaults: a fresh UUID, now, consent at the moment of sending, and no contact at all', () => {
    const before = Date.now();
    const first = createSubmission(record, {
      provider: null,
      contact: null,
      consent: { notice: NOTICE, locale: 'en' },
    });
    const second = createSubmission(record, {
      provider: null,
      contact: null,
      consent: { notice: NOTICE, locale: 'en' },
    });
    assert.match(first.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(first.id, second.id);
    assert.ok(Date.parse(first.sentAt) >= before && Date.parse(first.sentAt) <= Date.now());
    assert.equal(first.consent.at, first.sentAt);
    assert.equal('noticeVersion' in first.consent, false);
    assert.equal(first.contact, null);
    assert.ok(z.safeParse(SubmissionSchema, first).success);
  });

  test('keeps its own copy of the record, so what is resent is what was sent', () => {
    const copy = structuredClone(record);
    const built = createSubmission(copy, {
      provider: null,
      contact: null,
      consent: { notice: NOTICE, locale: 'de' },
      id: ID,
    });
    copy.answers.exports_now = 'yes';
    assert.equal(built.record.answers.exports_now, 'no');
  });
});

describe('SubmissionSchema', () => {
  test('refuses what the spec does not allow', () => {
    assert.ok(
      refused((body) => (body.extra = 1)),
      'unknown field',
    );
    assert.ok(
      refused((body) => (body.format = 'sme-readiness/submission@2')),
      'other format',
    );
    assert.ok(
      refused((body) => (body.id = ID.toUpperCase())),
      'uppercase UUID',
    );
    assert.ok(
      refused((body) => (body.id = 'submission-1')),
      'not a UUID',
    );
    assert.ok(
      refused((body) => (body.provider = 'not an id!')),
      'provider id',
    );
    assert.ok(
      refused((body) => (body.record.format = 'other')),
      'record format',
    );
    assert.ok(
      refused((body) => (body.contact.name = 'x'.repeat(201))),
      'name over 200',
    );
    assert.ok(
      refused((body) => (body.contact.company = 'x'.repeat(201))),
      'company over 200',
    );
    assert.ok(
      refused((body) => (body.contact.email = `${'x'.repeat(243)}@example.org`)),
      'email over 254',
    );
    assert.ok(
      refused((body) => (body.contact.phone = '1'.repeat(41))),
      'phone over 40',
    );
    assert.ok(
      refused((body) => delete body.contact.contactMe),
      'contactMe missing',
    );
    assert.ok(
      refused((body) => (body.consent.given = false)),
      'consent not given',
    );
    assert.ok(
      refused((body) => (body.consent.notice = NOTICE.toUpperCase())),
      'uppercase digest',
    );
    assert.ok(
      refused((body) => (body.consent.notice = 'sha256:abc')),
      'short digest',
    );
    assert.ok(
      refused((body) => (body.consent.noticeVersion = 'v'.repeat(65))),
      'notice version over 64',
    );
    assert.ok(
      refused((body) => (body.consent.at = '2027-01-15 09:03')),
      'consent time',
    );
    assert.ok(
      refused((body) => (body.sentAt = '2027-01-15T09:03:05')),
      'sentAt without offset',
    );
    // …and accepts the limits themselves.
    assert.ok(!refused((body) => (body.contact.name = 'x'.repeat(200))));
    assert.ok(!refused((body) => (body.consent.noticeVersion = 'v'.repeat(64))));
    assert.ok(!refused((body) => (body.sentAt = '2027-01-15T10:03:05+01:00')));
  });

  test('receipts and error bodies as a server sends them', () => {
    const receipt = { format: RECEIPT_FORMAT, id: ID, receivedAt: '2027-01-15T09:03:06.120Z' };
    assert.ok(z.safeParse(ReceiptSchema, receipt).success);
    assert.ok(!z.safeParse(ReceiptSchema, { ...receipt, format: SUBMISSION_FORMAT }).success);
    const error = {
      error: {
        code: 'invalid_submission',
        message: 'The submission does not match sme-readiness/submission@1.',
        problems: [{ path: 'consent.given', code: 'invalid_value', message: 'Must be true.' }],
      },
    };
    assert.ok(z.safeParse(SubmissionErrorSchema, error).success);
    assert.ok(
      z.safeParse(SubmissionErrorSchema, { error: { code: 'rate_limited', message: 'Try again later.' } })
        .success,
    );
    assert.ok(!z.safeParse(SubmissionErrorSchema, { code: 'rate_limited' }).success);
  });
});

describe('noticeDigest', () => {
  test('is the SHA-256 of the UTF-8 text, as sha256:<lowercase hex>', async () => {
    assert.equal(
      await noticeDigest('abc'),
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    assert.equal(
      await noticeDigest(''),
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    const german =
      'Wir speichern Ihre Ergebnisse 12 Monate – Widerruf jederzeit: datenschutz@example.org. Grüße 🙂';
    assert.equal(
      await noticeDigest(german),
      `sha256:${createHash('sha256').update(german, 'utf8').digest('hex')}`,
    );
  });

  test('tells apart texts that differ in one character', async () => {
    assert.notEqual(await noticeDigest('12 Monate'), await noticeDigest('12 Monate.'));
  });
});

describe('isSendableUrl', () => {
  test('https anywhere, http only to this machine', () => {
    for (const url of [
      'https://collector.example/submit',
      'HTTPS://collector.example',
      'http://localhost:8787/',
      'http://127.0.0.1',
      'http://[::1]:3000/x',
    ])
      assert.ok(isSendableUrl(url), url);
    for (const url of [
      'http://collector.example/submit',
      'http://localhost.collector.example/',
      'http://127.0.0.1.nip.io/',
      'http://localhost@collector.example/',
      'https://user:pass@collector.example/',
      'https:///path',
      'https://collector.example\n/submit',
      ' https://collector.example/',
      'javascript:fetch(1)',
      '/submit',
      '',
    ])
      assert.equal(isSendableUrl(url), false, JSON.stringify(url));
  });
});

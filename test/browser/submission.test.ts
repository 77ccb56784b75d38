// The submission helpers use the browser's Web Crypto, not Node's: the digest a widget computes in
// Chromium must equal the one a Node collector computes for the same notice.
import { expect } from '@open-wc/testing';
import { createRecord, createSubmission, noticeDigest } from '../../src/engine/index.js';
import { mini } from '../fixtures/mini-questionnaire.js';
import type { Questionnaire } from '../../src/engine/index.js';

describe('submission in the browser', () => {
  it('digests a notice with crypto.subtle, as sha256:<hex> of its UTF-8', async () => {
    expect(await noticeDigest('abc')).to.equal(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    // "Grüße" in UTF-8 (node -e "crypto.createHash('sha256').update('Grüße').digest('hex')").
    expect(await noticeDigest('Grüße')).to.equal(
      'sha256:f83e039796c6453a10f5519e39fd113901572316a1a8ea07cb525d2801dfd074',
    );
  });

  it('gives each submission its own id from crypto.randomUUID()', () => {
    const record = createRecord(mini() as unknown as Questionnaire, {}, { locale: 'en' });
    const details = {
      provider: null,
      contact: null,
      consent: { notice: `sha256:${'0'.repeat(64)}`, locale: 'en' },
    };
    const first = createSubmission(record, details);
    expect(first.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createSubmission(record, details).id).not.to.equal(first.id);
  });
});

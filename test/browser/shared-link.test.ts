// A share link opened on a fresh page goes straight to the results, without the questions that let the
// later text parts load: the next steps must still arrive in words, not as keys. Its own file, so its
// page has loaded nothing before (another test that starts the questions would load those parts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SmeReadiness } from '../../src/components/readiness/readiness.js';
import { encodeShare } from '../../src/engine/formats/share.js';
import type { Questionnaire } from '../../src/engine/model/schema.js';
import { score } from '../../src/engine/scoring/score.js';
import englishTexts from '../../locales/en/questionnaire.json';
import { FIRST_TIME_WEAK_DIGITAL } from '../fixtures/default-answers.js';
import { deepQuery, until } from './helpers/fixtures.js';

describe('a share link on a fresh page', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('shows the next steps in words', async () => {
    const { defaultQuestionnaireForBrowser } = await import('../../src/questionnaires/default-browser.js');
    const questionnaire = defaultQuestionnaireForBrowser() as Questionnaire;
    history.replaceState(null, '', `#sme=${encodeShare(questionnaire, FIRST_TIME_WEAK_DIGITAL)}`);
    const el = await fixture<SmeReadiness>(
      html`<sme-readiness lang="en" storage-key="shared-link-test"></sme-readiness>`,
    );
    const recommendations = await until(() => deepQuery(el, 'sme-recommendations'), 10000, 'results');
    const en = englishTexts as unknown as Record<string, Record<string, Record<string, string>>>;
    const first = score(questionnaire, FIRST_TIME_WEAK_DIGITAL).recommendations[0]!;
    const title = () => recommendations.shadowRoot?.querySelector('h4')?.textContent?.trim();
    await until(
      () => title() === en.recommendations![first.id]!.title,
      5000,
      'the first step in words',
    ).catch(() => undefined);
    expect(title()).to.equal(en.recommendations![first.id]!.title);
  });
});

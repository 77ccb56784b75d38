// <sme-cohort-report>: read from the real collector (test/collector-command.mjs, seeded with sample
// submissions), from 1,000 dropped files with a broken one, filtered, suppressed where too few, saved
// as a benchmark file the engine reads back; a refused token and an unreachable collector are said so.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/cohort-report/cohort-report.define.js';
import type { SmeCohortReport } from '../../src/components/cohort-report/cohort-report.js';
import { aggregate, readBenchmark } from '../../src/engine/cohort/index.js';
import { createRecord } from '../../src/engine/formats/assessment.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { EXPERIENCED_STRONG_ECOMMERCE, FIRST_TIME_WEAK_DIGITAL } from '../fixtures/default-answers.js';
import { deepActiveElement, until } from './helpers/fixtures.js';

const SAMPLE = 40;
const collector = (action: string, extra: Record<string, unknown> = {}) =>
  executeServerCommand('collector', { action, origin: location.origin, ...extra }) as Promise<{
    url: string;
    token?: string;
  }>;

const shadow = (el: SmeCohortReport) => el.shadowRoot!;
const text = (el: SmeCohortReport, selector: string) =>
  shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A saved assessment as "Download my answers" writes it, completed on the given day. */
function recordFile(index: number, experienced: boolean, day: string): File {
  const record = createRecord(
    defaultQuestionnaire,
    experienced ? EXPERIENCED_STRONG_ECOMMERCE : FIRST_TIME_WEAK_DIGITAL,
    { locale: 'en', completedAt: `${day}T10:00:00.000Z` },
  );
  return new File([JSON.stringify(record)], `assessment-${index}.json`, { type: 'application/json' });
}

/** Drops `files` on the drop zone, as a user's drag and drop does. */
function drop(el: SmeCohortReport, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  shadow(el)
    .querySelector('[part="drop-zone"]')!
    .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
}

async function choose(el: SmeCohortReport, name: string, value: string): Promise<void> {
  const select = shadow(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<sme-cohort-report>', function () {
  this.timeout(120_000);
  afterEach(() => fixtureCleanup());

  it('shows a friendly empty state before anything is loaded, and is accessible', async () => {
    const el = await fixture<SmeCohortReport>(html`<sme-cohort-report lang="en"></sme-cohort-report>`);
    expect(text(el, '[part="empty"]')).to.contain('No assessments loaded yet');
    await expect(el).to.be.accessible();
  });

  describe('with the collector', () => {
    let url = '';
    let token = '';
    before(async () => {
      await collector('dispose');
      ({ url, token = '' } = await collector('start', { admin: true, sample: SAMPLE }));
    });
    after(() => collector('dispose'));

    it('reads every submission: the count matches, and matching repeated firms counts firms once', async () => {
      const el = await fixture<SmeCohortReport>(
        html`<sme-cohort-report lang="en" .token=${token} src=${url}></sme-cohort-report>`,
      );
      await until(() => text(el, '.collector').includes(`From the collector: ${SAMPLE}`), 30_000, 'the read');
      expect(text(el, '.firms')).to.equal(String(SAMPLE));
      expect(text(el, '.assessments')).to.equal(String(SAMPLE));
      expect(el.getAttribute('token'), 'the token is never an attribute').to.equal(null);
      expect(shadow(el).innerHTML).not.to.contain(token);

      await choose(el, 'matchBy', 'email');
      const firms = Number(text(el, '.firms'));
      expect(firms).to.be.below(SAMPLE, 'the sample has firms assessed twice');
      expect(firms).to.equal(aggregate(el.allEntries, { matchBy: 'email' }).n);
      expect(text(el, '.assessments')).to.equal(String(SAMPLE));
      await until(() => shadow(el).querySelector('sme-radar-chart')?.drawn, 10_000, 'the radar');
      await expect(el).to.be.accessible();
    });

    it('says so when the collector refuses the token, and keeps the files loaded', async () => {
      const el = await fixture<SmeCohortReport>(html`<sme-cohort-report lang="en"></sme-cohort-report>`);
      await el.addFiles([recordFile(1, false, '2026-03-01'), recordFile(2, true, '2026-03-02')]);
      el.token = 'not-the-token';
      el.src = url;
      const alert = await until(() => shadow(el).querySelector('[role="alert"]'), 10_000, 'the alert');
      expect(alert.textContent).to.contain('refused the admin token (401)');
      expect(alert.textContent).not.to.contain('not-the-token');
      expect(text(el, '.loaded p')).to.contain('Loaded: 2 assessments');
    });
  });

  it('says so when the collector cannot be reached', async () => {
    const el = await fixture<SmeCohortReport>(
      html`<sme-cohort-report lang="en" .token=${'x'} src="http://127.0.0.1:9"></sme-cohort-report>`,
    );
    const alert = await until(() => shadow(el).querySelector('[role="alert"]'), 10_000, 'the alert');
    expect(alert.textContent).to.contain('could not be reached');
  });

  it('reads 1,000 dropped files with a broken one in a worker: progress, the bad file listed, the rest counted', async () => {
    const el = await fixture<SmeCohortReport>(html`<sme-cohort-report lang="en"></sme-cohort-report>`);
    const files = Array.from({ length: 999 }, (_, index) =>
      recordFile(index, index % 3 === 0, `2026-0${1 + (index % 9)}-15`),
    );
    files.splice(500, 0, new File(['{ not json'], 'broken.json', { type: 'application/json' }));
    const seen = new Set<number>();
    const watch = setInterval(() => {
      const progress = shadow(el).querySelector('progress');
      if (progress) seen.add(progress.value);
    }, 5);
    drop(el, files);
    await until(() => text(el, '.loaded p').includes('999'), 60_000, 'all files read');
    clearInterval(watch);
    const progress = shadow(el).querySelector('progress')!;
    expect(progress.max).to.equal(1000);
    expect(progress.value).to.equal(1000);
    expect(progress.dataset.how, 'read in the worker').to.equal('worker');
    expect(text(el, '[part="progress"]')).to.contain('1,000 of 1,000 files read');
    expect(shadow(el).querySelector('[part="progress"]')!.getAttribute('aria-live')).to.equal('polite');
    expect(seen.size, 'progress was shown on the way').to.be.above(1);
    const problems = [...shadow(el).querySelectorAll('[part="problems"] li')];
    expect(problems).to.have.length(1);
    expect(problems[0]!.querySelector('.file')!.textContent).to.equal('broken.json');
    expect(problems[0]!.querySelector('.reason')!.textContent).to.match(/not JSON, NDJSON or CSV/);
    expect(text(el, '.firms')).to.equal('999');

    // Filters change the count: a profile, then a date range.
    await choose(el, 'profile', 'experienced');
    expect(text(el, '.firms')).to.equal('333');
    await choose(el, 'profile', '');
    const from = shadow(el).querySelector<HTMLInputElement>('input[name="from"]')!;
    from.value = '2026-09-01';
    from.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(text(el, '.firms')).to.equal('111');

    // Clear empties the loaded set.
    shadow(el).querySelector<HTMLButtonElement>('.loaded button')!.click();
    await el.updateComplete;
    expect(text(el, '[part="empty"]')).to.contain('No assessments loaded yet');
  });

  it('downloads the aggregate as a benchmark file the engine reads back, with its title', async () => {
    const el = await fixture<SmeCohortReport>(html`<sme-cohort-report lang="en"></sme-cohort-report>`);
    await el.addFiles(
      Array.from({ length: 12 }, (_, index) => recordFile(index, index % 2 === 0, '2026-05-02')),
    );
    const title = shadow(el).querySelector<HTMLInputElement>('.title-field input')!;
    title.value = 'Example Cluster, 2026';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    const blobs: Blob[] = [];
    const names: string[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return original.call(URL, blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      shadow(el).querySelector<HTMLButtonElement>('button.download')!.click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.equal('application/json');
    expect(names[0]).to.match(/^benchmark-\d{4}-\d{2}-\d{2}\.json$/);
    const reading = readBenchmark(await blobs[0]!.text());
    expect(reading.ok, JSON.stringify(reading)).to.equal(true);
    if (reading.ok) {
      expect(reading.value.title).to.equal('Example Cluster, 2026');
      expect(reading.value.n).to.equal(12);
    }
  });

  it('shows "fewer than N firms: not shown" for a cohort or a change too small, never a blank', async () => {
    const el = await fixture<SmeCohortReport>(html`<sme-cohort-report lang="en"></sme-cohort-report>`);
    await el.addFiles([0, 1, 2].map((index) => recordFile(index, false, '2026-05-02')));
    expect(text(el, '[part="suppressed"]')).to.equal('Fewer than 5 firms: not shown.');
    expect(el.aggregate!.all).to.equal(null);
    expect(shadow(el).querySelector<HTMLButtonElement>('button.download')!.disabled).to.equal(true);

    await el.addFiles([3, 4, 5, 6].map((index) => recordFile(index, true, '2026-05-03')));
    expect(text(el, '.firms')).to.equal('7');
    await choose(el, 'matchBy', 'email');
    // Saved files carry no e-mail: nobody is matched, so there is no change to show.
    expect(text(el, '#change-title + .scroll')).to.equal('Fewer than 5 firms: not shown.');
    await expect(el).to.be.accessible();
  });

  it('can be driven by the keyboard: Tab reaches the file picker, the filters and the actions', async () => {
    const el = await fixture<SmeCohortReport>(html`<sme-cohort-report lang="en"></sme-cohort-report>`);
    await el.addFiles(
      Array.from({ length: 6 }, (_, index) => recordFile(index, index % 2 === 0, '2026-05-02')),
    );
    const reached: string[] = [];
    // file, Clear, size, sector, country, profile, from, to, matchBy, then the tables and actions.
    for (let step = 0; step < 20; step += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      reached.push(active?.getAttribute('name') ?? active?.getAttribute('type') ?? active?.tagName ?? '');
    }
    expect(reached).to.include('file');
    for (const name of ['size', 'sector', 'country', 'profile', 'matchBy']) expect(reached).to.include(name);
  });
});

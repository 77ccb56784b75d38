// "How you compare", for <sme-results>: the firm beside firms like it, from a provider's benchmark file
// (`benchmark-src`: the published aggregate of its cohort, engine cohort/benchmark.ts), and its Digital
// Intensity Index beside Eurostat's latest national figure (engine cohort/eurostat.ts). Data flow:
// the file is fetched and checked here (a bad file gives a notice, never a blank screen) → peerGroup()
// picks the most specific published group of the firm's size and sector, else the whole cohort →
// the radar gets the group's median and middle half, the score summary a sentence on where the overall
// score falls, and this section says which group it is and how many firms it holds. Loaded only when
// a page gives a benchmark or the firm named its country.
import { html, nothing } from 'lit';
import { peerGroup, positionIn, type Benchmark } from '../../engine/cohort/benchmark.js';
import { diiAtLeastBasic } from '../../engine/cohort/eurostat.js';
import type { AssessmentRecord } from '../../engine/formats/assessment.js';
import { compile } from '../../engine/model/compile.js';
import type { Questionnaire } from '../../engine/model/schema.js';
import type { LocalizeController } from '../../internal/i18n.js';
import type { PeerBand } from '../radar-chart/radar-chart.js';
import { fetchDefinition } from '../readiness/fetch-definition.js';

/** The about-the-firm answers the comparison groups by (see the default questionnaire). */
const SIZE = 'about_size';
const SECTOR = 'about_sector';
const COUNTRY = 'about_country';
/** Eurostat's "at least basic" level of the Digital Intensity Index: 4 of its 12 points or more. */
const DII_BASIC = 4;

export type BenchmarkLoad = { benchmark: Benchmark } | { error: string };

/** Fetches and checks a benchmark file; the error is an English phrase for the notice's details. */
export async function loadBenchmark(src: string, timeout: number): Promise<BenchmarkLoad> {
  const fetched = await fetchDefinition(src, timeout, 'a JSON benchmark file');
  if ('reason' in fetched) return { error: fetched.reason };
  const { readBenchmark } = await import('../../engine/cohort/benchmark-schema.js');
  const reading = readBenchmark(fetched.text);
  if (!reading.ok)
    return {
      error: reading.problems
        .slice(0, 3)
        .map((problem) => `${problem.path || '(root)'}: ${problem.message}`)
        .join('; '),
    };
  return { benchmark: reading.value };
}

export interface Comparison {
  /** For the radar: the group's median and middle half per dimension. */
  band: PeerBand;
  /** For the score summary: where the overall score falls among the group, or '' when it cannot say. */
  position: string;
  /** This section. */
  panel: unknown;
}

/** The text of the answer to a choice question (the option's label), or null. */
function choiceLabel(
  questionnaire: Questionnaire,
  record: AssessmentRecord,
  id: string,
  localize: LocalizeController,
): string | null {
  const answer = record.answers[id];
  if (typeof answer !== 'string') return null;
  const option = compile(questionnaire).byId.get(id)?.options.get(answer)?.option;
  return option ? localize.q(option.label) : answer;
}

function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The firm among firms like it, in words and for the radar; null when the benchmark has no usable group. */
export function compareWithPeers(
  benchmark: Benchmark,
  record: AssessmentRecord,
  questionnaire: Questionnaire,
  localize: LocalizeController,
): Comparison | null {
  if (benchmark.questionnaire.id !== questionnaire.id) return null;
  const t = localize.t.bind(localize);
  const answer = (id: string) =>
    typeof record.answers[id] === 'string' ? (record.answers[id] as string) : null;
  const picked = peerGroup(benchmark, { size: answer(SIZE), sector: answer(SECTOR) });
  if (!picked) return null;
  const { group, basis } = picked;
  const size = choiceLabel(questionnaire, record, SIZE, localize) ?? '';
  const sector = choiceLabel(questionnaire, record, SECTOR, localize) ?? '';
  const count = localize.number(group.n);
  const who = t(`peers.basis.${basis}`, { size, sector, count: group.n, number: count });
  const band: PeerBand = {
    label: t('peers.band'),
    dimensions: Object.fromEntries(
      Object.entries(group.dimensions).map(([id, stats]) => [
        id,
        stats ? { median: stats.median, q1: stats.q1, q3: stats.q3 } : null,
      ]),
    ),
  };
  const score = record.result.overall.score;
  let position = '';
  if (score !== null && group.overall) {
    const { below } = positionIn(group.overall, score);
    position =
      below === 0
        ? t('peers.positionLow', { score: localize.number(score) })
        : t('peers.position', { score: localize.number(score), below: localize.number(below) });
  }
  const source = [benchmark.title, benchmark.createdAt ? formatDate(benchmark.createdAt, localize.lang) : '']
    .filter(Boolean)
    .join(', ');
  const panel = html`<p class="peer-basis">${who}</p>
    ${source ? html`<p class="muted small">${t('peers.source', { source })}</p>` : nothing}`;
  return { band, position, panel };
}

/** The firm's Digital Intensity Index beside Eurostat's latest figure for its country and size, or nothing. */
export function eurostatLine(record: AssessmentRecord, localize: LocalizeController) {
  const country = record.answers[COUNTRY];
  if (typeof country !== 'string') return nothing;
  const t = localize.t.bind(localize);
  const name = countryName(country, localize.lang);
  const size = typeof record.answers[SIZE] === 'string' ? (record.answers[SIZE] as string) : null;
  const figure = diiAtLeastBasic(country, size);
  const dii = record.result.indices.find((index) => index.id === 'dii');
  const yours = dii
    ? html`<p>
        ${t(dii.points >= DII_BASIC ? 'peers.you_basic' : 'peers.you_below', { points: dii.points, max: dii.max })}
      </p>`
    : nothing;
  const micro = size === 'micro' ? html` ${t('peers.euMicro')}` : nothing;
  if (!figure)
    return html`<div class="dii-eurostat">
      ${yours}
      <p>${t('peers.euNone', { country: name })}</p>
    </div>`;
  return html`<div class="dii-eurostat">
    ${yours}
    <p>
      ${t('peers.eu', {
        country: name,
        percent: localize.number(figure.value / 100, { style: 'percent', maximumFractionDigits: 0 }),
        population: t(`peers.population.${figure.sizeClass}`),
        year: figure.year,
      })}${micro}${figure.flag ? html` ${t(`peers.flag.${figure.flag}`)}` : nothing}
      <a href=${figure.source.url} target="_blank" rel="noopener noreferrer">${t('peers.euSource')}</a>
    </p>
  </div>`;
}

function formatDate(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

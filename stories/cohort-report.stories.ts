import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/cohort-report/cohort-report.define.js';
import { entryFromRecord, type CohortEntry } from '../src/engine/cohort/index.js';
import { createRecord } from '../src/engine/formats/assessment.js';
import { compile } from '../src/engine/model/compile.js';
import type { Answer, Answers } from '../src/engine/model/schema.js';
import { questionnaire } from './fixtures.js';

const meta: Meta = { title: 'Cohort report' };
export default meta;

/** A seeded generator (mulberry32), so the story looks the same on every visit. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plausible answers of a firm whose readiness is `level` (0–1), as the collector's --sample makes them. */
function answersAt(level: number, next: () => number): Answers {
  const answers: Answers = {};
  for (const { question, dimensionIndex } of compile(questionnaire).questions) {
    const options = question.options ?? [];
    const noisy = () => Math.min(1, Math.max(0, level + (next() - 0.5) * 0.45));
    let answer: Answer | undefined;
    if (dimensionIndex === -1 || options.every((option) => option.score === undefined)) {
      if (options.length > 0) answer = options[Math.floor(next() * options.length)]!.id;
    } else if (question.type === 'multi') {
      const chosen = options.filter(
        (option) => !option.exclusive && typeof option.score === 'number' && next() < noisy(),
      );
      const exclusive = options.find((option) => option.exclusive && option.score !== null);
      answer = chosen.length > 0 ? chosen.map((option) => option.id) : exclusive ? [exclusive.id] : undefined;
    } else if (question.type === 'number') {
      const { min = 0, max = 100, step = 1 } = question;
      answer = Math.min(max, Math.max(min, Math.round((min + noisy() * (max - min)) / step) * step));
    } else {
      const scored = options
        .filter((option) => typeof option.score === 'number')
        .sort((a, b) => (a.score as number) - (b.score as number));
      if (scored.length > 0)
        answer = scored[Math.min(scored.length - 1, Math.floor(noisy() * scored.length))]!.id;
    }
    if (answer !== undefined) answers[question.id] = answer;
  }
  return answers;
}

const SIZES = ['micro', 'micro', 'small', 'small', 'medium', 'large'];
const SECTORS = ['C', 'C', 'G', 'J', 'M', 'F'];
const COUNTRIES = ['DE', 'DE', 'AT', 'DK', 'FR', 'PL', 'CZ', 'IT'];

/** `firms` generated firms over 2026, one in five assessed a second time a little further along. */
function cohort(firms: number): CohortEntry[] {
  const next = random(firms);
  const entries: CohortEntry[] = [];
  for (let firm = 1; firm <= firms; firm += 1) {
    const level = (next() + next()) / 2;
    const about = {
      size: SIZES[Math.floor(next() * SIZES.length)]!,
      sector: SECTORS[Math.floor(next() * SECTORS.length)]!,
      country: COUNTRIES[Math.floor(next() * COUNTRIES.length)]!,
    };
    const sittings = next() < 0.2 ? [0, 1] : [0];
    const first = Date.UTC(2026, 0, 1) + next() * 200 * 86_400_000;
    for (const sitting of sittings) {
      const completedAt = new Date(first + sitting * 120 * 86_400_000).toISOString();
      const record = createRecord(questionnaire, answersAt(Math.min(1, level + sitting * 0.12), next), {
        locale: 'en',
        completedAt,
      });
      const entry = entryFromRecord(record, { email: `firm${firm}@example.invalid` });
      entries.push({ ...entry, ...about });
    }
  }
  return entries;
}

/** 200 generated firms: every section, with size, sector and country to filter by. */
export const Cohort: StoryObj = {
  render: () => html`<sme-cohort-report lang="en" .entries=${cohort(200)}></sme-cohort-report>`,
};

/** The same cohort in German, in the dark theme. */
export const GermanDark: StoryObj = {
  render: () =>
    html`<div style="background:#151a23;padding:16px">
      <sme-cohort-report lang="de" theme="dark" .entries=${cohort(200)}></sme-cohort-report>
    </div>`,
};

/** Three firms: too few to show anything, and it says so. */
export const TooFewFirms: StoryObj = {
  render: () => html`<sme-cohort-report lang="en" .entries=${cohort(3)}></sme-cohort-report>`,
};

/** Nothing loaded yet: the drop zone and a friendly empty state. */
export const Empty: StoryObj = {
  render: () => html`<sme-cohort-report lang="en"></sme-cohort-report>`,
};

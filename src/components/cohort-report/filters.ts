// The report's filter form: size band, sector, country, profile, a date range and the key repeated
// assessments are matched by, as native controls. The choices offered are the values found in the
// loaded assessments (a questionnaire that does not ask a firm's size offers only "All"); every change
// hands the new values to the report, which turns them into the engine's CohortFilter.
import { html } from 'lit';
import type { CohortEntry } from '../../engine/cohort/index.js';
import type { Words } from './sections.js';

export interface FilterValues {
  size: string;
  sector: string;
  country: string;
  profile: string;
  /** `YYYY-MM-DD`, inclusive; '' for open. */
  from: string;
  to: string;
}

export type MatchBy = 'none' | 'email' | 'company';

const SIZE_ORDER = ['micro', 'small', 'medium', 'large'];

function found(entries: readonly CohortEntry[], field: 'size' | 'sector' | 'country'): string[] {
  const values = new Set<string>();
  for (const entry of entries) if (entry[field]) values.add(entry[field]);
  return [...values].sort((a, b) =>
    field === 'size'
      ? SIZE_ORDER.indexOf(a) - SIZE_ORDER.indexOf(b) || a.localeCompare(b)
      : a.localeCompare(b),
  );
}

export function filterFields(
  words: Words & { lang: string },
  entries: readonly CohortEntry[],
  values: FilterValues,
  matchBy: MatchBy,
  onChange: (values: FilterValues, matchBy: MatchBy) => void,
) {
  const { t, q } = words;
  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames([words.lang, 'en'], { type: 'region' });
  } catch {
    regions = null;
  }
  const label = {
    size: (value: string) => (SIZE_ORDER.includes(value) ? t(`cohort.sizes.${value}`) : value),
    sector: (value: string) => t('cohort.sectorCode', { code: value }),
    country: (value: string) => {
      try {
        return regions?.of(value) ?? value;
      } catch {
        return value;
      }
    },
  };
  const days = entries.map((entry) => entry.completedAt.slice(0, 10)).sort();
  const change = (event: Event) => {
    const form = (event.target as HTMLElement).closest('form')!;
    const read = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    onChange(
      {
        size: read('size'),
        sector: read('sector'),
        country: read('country'),
        profile: read('profile'),
        from: read('from'),
        to: read('to'),
      },
      read('matchBy') as MatchBy,
    );
  };
  const select = (name: 'size' | 'sector' | 'country', title: string) => {
    const options = found(entries, name);
    return html`<label class="filter">
      <span>${title}</span>
      <select
        class="field"
        part="field"
        name=${name}
        .value=${values[name]}
        ?disabled=${options.length === 0}
      >
        <option value="">${t('cohort.any')}</option>
        ${options.map(
          (value) =>
            html`<option value=${value} ?selected=${values[name] === value}>${label[name](value)}</option>`,
        )}
      </select>
    </label>`;
  };
  return html`<form
    class="filters controls"
    part="filters"
    @change=${change}
    @submit=${(event: Event) => event.preventDefault()}
  >
    <fieldset>
      <legend>${t('cohort.filters')}</legend>
      <div class="grid">
        ${select('size', t('cohort.size'))} ${select('sector', t('cohort.sector'))}
        ${select('country', t('cohort.country'))}
        <label class="filter">
          <span>${t('cohort.profile')}</span>
          <select class="field" part="field" name="profile" .value=${values.profile}>
            <option value="">${t('cohort.any')}</option>
            ${(words.questionnaire.profiles ?? []).map(
              (profile) =>
                html`<option value=${profile.id} ?selected=${values.profile === profile.id}>
                  ${q(profile.label)}
                </option>`,
            )}
          </select>
        </label>
        <label class="filter">
          <span>${t('cohort.from')}</span>
          <input
            class="field"
            part="field"
            type="date"
            name="from"
            .value=${values.from}
            min=${days[0] ?? ''}
            max=${days.at(-1) ?? ''}
          />
        </label>
        <label class="filter">
          <span>${t('cohort.to')}</span>
          <input
            class="field"
            part="field"
            type="date"
            name="to"
            .value=${values.to}
            min=${days[0] ?? ''}
            max=${days.at(-1) ?? ''}
          />
        </label>
        <label class="filter">
          <span>${t('cohort.matchBy')}</span>
          <select class="field" part="field" name="matchBy" .value=${matchBy}>
            ${(['none', 'email', 'company'] as const).map(
              (key) =>
                html`<option value=${key} ?selected=${matchBy === key}>${t(`cohort.match.${key}`)}</option>`,
            )}
          </select>
        </label>
      </div>
    </fieldset>
  </form>`;
}

// The screens of <sme-readiness> before the questionnaire: the intro (with resuming) and the language
// picker (the problem panels, needed only when something is wrong, are in problem-panels.ts). Plain template functions: what they show comes in as data,
// what the SME chooses goes out through the callbacks; the element keeps the state.
import { html } from 'lit';
import type { Questionnaire } from '../../engine/model/schema.js';
import { visibleQuestions } from '../../engine/scoring/pages.js';
import type { SavedProgress } from '../../internal/storage.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Text = (key: string | undefined) => string;

/** A language's name in that language ("Deutsch", "polski", "中文"), for the picker. */
function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}

export function languagePicker(
  locales: readonly string[],
  current: string,
  label: string,
  choose: (locale: string) => void,
) {
  return html`<div class="language">
    <label>
      <span>${label}</span>
      <select
        class="field"
        part="language-picker"
        @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}
      >
        ${locales.map(
          (locale) =>
            html`<option value=${locale} lang=${locale} ?selected=${locale === current}>
              ${languageName(locale)}
            </option>`,
        )}
      </select>
    </label>
  </div>`;
}

export interface IntroState {
  questionnaire: Questionnaire;
  saved: SavedProgress | null;
  noStorage: boolean;
  /** A notice to show (a share link that could not be read), or null. */
  notice: string | null;
}

export function introScreen(
  { questionnaire, saved, noStorage, notice }: IntroState,
  { t, q }: { t: Translate; q: Text },
  actions: { start(): void; resume(): void; startOver(): void },
) {
  const count = visibleQuestions(questionnaire, {}).length;
  const minutes = questionnaire.estimatedMinutes ?? Math.max(5, Math.round(count / 3));
  const savedTotal = saved ? visibleQuestions(questionnaire, saved.answers).length : 0;
  const savedAnswered = saved ? Object.keys(saved.answers).length : 0;
  return html`<section class="intro" part="intro" aria-labelledby="intro-title">
    <h2 id="intro-title" tabindex="-1">${q(questionnaire.title)}</h2>
    <div class="notice error" role="status" ?hidden=${!notice}>${notice ?? ''}</div>
    <p class="lead">${questionnaire.description ? q(questionnaire.description) : t('intro.lead')}</p>
    <ul class="facts">
      <li>
        ${t('intro.questions', { count })} ·
        ${t(noStorage ? 'intro.timeNoStorage' : 'intro.time', { minutes })}
      </li>
      <li>${t('intro.privacy')}${noStorage ? ` ${t('intro.privacyNoStorage')}` : ''}</li>
    </ul>
    ${
      saved
        ? html`<div class="resume">
            <h3>${t('intro.resumeTitle')}</h3>
            <p>
              ${t('intro.resumeInfo', { answered: Math.min(savedAnswered, savedTotal), total: savedTotal })}
            </p>
            <div class="actions">
              <button part="button" class="button" type="button" @click=${actions.resume}>
                ${t('intro.resume')}
              </button>
              <button part="button" class="button secondary" type="button" @click=${actions.startOver}>
                ${t('intro.startOver')}
              </button>
            </div>
          </div>`
        : html`<div class="actions">
            <button part="button" class="button start" type="button" @click=${actions.start}>
              ${t('intro.start')}
            </button>
          </div>`
    }
  </section>`;
}

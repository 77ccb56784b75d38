import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { question, questionnaire } from './fixtures.js';

const meta: Meta = {
  title: 'Parts/sme-question',
  component: 'sme-question',
};
export default meta;

const show = (id: string, value: unknown = null) =>
  html`<sme-question
    lang="en"
    .question=${question(id)}
    .questionnaire=${questionnaire}
    .value=${value}
  ></sme-question>`;

export const SingleChoice: StoryObj = { render: () => show('exports_now', 'no') };
export const MultipleChoiceWithNoneOfThese: StoryObj = {
  render: () => show('dm_systems', ['accounting', 'crm']),
};
export const Scale: StoryObj = { render: () => show('ps_skills') };
export const YesNo: StoryObj = { render: () => show('ds_budget') };
export const NumberWithDontKnow: StoryObj = { render: () => show('dr_staff_internet', 60) };
export const DropDown: StoryObj = { render: () => show('about_sector', 'C') };
export const Country: StoryObj = { render: () => show('about_country', 'DE') };
export const CountryInGerman: StoryObj = {
  render: () =>
    html`<sme-question
      lang="de"
      .question=${question('about_country')}
      .questionnaire=${questionnaire}
      .value=${'AT'}
    ></sme-question>`,
};
/** Up to three target markets (`maxChoices: 3`): a drop-down per country chosen and one for the next. */
export const SeveralCountries: StoryObj = {
  render: () =>
    html`<sme-question
      lang="en"
      .question=${{ ...question('about_country'), id: 'target_markets', maxChoices: 3 }}
      .questionnaire=${questionnaire}
      .value=${['CN', 'US']}
      @sme-answer=${(event: CustomEvent<{ value: unknown }>) =>
        ((event.target as HTMLElement & { value: unknown }).value = event.detail.value)}
    ></sme-question>`,
};

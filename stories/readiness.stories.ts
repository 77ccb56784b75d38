import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { defaultQuestionnaire } from '../src/questionnaires/default.js';

/** The languages shipped with the default questionnaire. */
const LANGUAGES = defaultQuestionnaire.locales;

interface Args {
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  languagePicker: boolean;
  noStorage: boolean;
}

const meta: Meta<Args> = {
  title: 'Widget/sme-readiness',
  component: 'sme-readiness',
  args: { lang: 'en', theme: 'light', languagePicker: false, noStorage: true },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: LANGUAGES },
  },
  render: ({ lang, theme, languagePicker, noStorage }) =>
    html`<sme-readiness
      lang=${lang}
      theme=${theme}
      ?language-picker=${languagePicker}
      ?no-storage=${noStorage}
    ></sme-readiness>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The intro an SME sees first, with the default questionnaire. */
export const Intro: Story = {};

export const DarkTheme: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** A provider's brand: a few `--sme-*` custom properties on the element. */
export const CustomBrand: Story = {
  render: () =>
    html`<sme-readiness
      no-storage
      style="--sme-color-primary: #8a1538; --sme-radius: 2px; --sme-font-family: Georgia, serif; --sme-color-surface-alt: #fbf3f5"
    ></sme-readiness>`,
};

export const WithLanguagePicker: Story = { args: { languagePicker: true } };

/** A questionnaire with mistakes: the error panel lists each problem for the page's developer. */
export const InvalidQuestionnaire: Story = {
  render: () => {
    const broken = structuredClone(defaultQuestionnaire) as unknown as Record<string, unknown[]>;
    (broken.questions![0] as Record<string, unknown>).visibileIf = { question: 'nope', equals: 'x' };
    (broken.levels![0] as Record<string, unknown>).max = 200;
    return html`<sme-readiness no-storage .questionnaire=${broken}></sme-readiness>`;
  },
};

export const UnreachableQuestionnaireUrl: Story = {
  render: () =>
    html`<sme-readiness no-storage questionnaire-src="/no/such/questionnaire.json"></sme-readiness>`,
};

/** On a 390 px phone, as most SME owners will first open it. */
export const PhoneWidth: Story = {
  render: ({ lang }) =>
    html`<div style="width: 390px; margin: 0 auto">
      <sme-readiness lang=${lang} no-storage></sme-readiness>
    </div>`,
};

// Every shipped language (the picker in each lists them all).
export const Danish: Story = { args: { lang: 'da' } };
export const German: Story = { args: { lang: 'de' } };
export const French: Story = { args: { lang: 'fr' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const Italian: Story = { args: { lang: 'it' } };
export const Polish: Story = { args: { lang: 'pl' } };
export const Hungarian: Story = { args: { lang: 'hu' } };
export const Czech: Story = { args: { lang: 'cs' } };
export const Chinese: Story = { args: { lang: 'zh' } };

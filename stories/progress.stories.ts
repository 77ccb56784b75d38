import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

const meta: Meta = { title: 'Parts/sme-progress', component: 'sme-progress' };
export default meta;

export const Step: StoryObj = {
  render: () =>
    html`<sme-progress
      lang="en"
      current="4"
      total="13"
      step-title="Data management and security"
      .answered=${0.3}
    ></sme-progress>`,
};

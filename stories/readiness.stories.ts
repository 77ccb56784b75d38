import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

const meta: Meta = {
  title: 'Widget/sme-readiness',
  component: 'sme-readiness',
  render: () => html`<sme-readiness></sme-readiness>`,
};
export default meta;

export const Default: StoryObj = {};

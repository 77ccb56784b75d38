import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

describe('<sme-readiness>', () => {
  it('renders with no attributes and is accessible', async () => {
    const el = await fixture(html`<sme-readiness></sme-readiness>`);
    expect(el.shadowRoot?.querySelector('h2')?.textContent).to.contain('international');
    await expect(el).to.be.accessible();
  });
});

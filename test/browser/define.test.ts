import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define } from '../../src/internal/define.js';
import { VERSION } from '../../src/version.js';

describe('define()', () => {
  it('ignores a second copy of the same version instead of throwing, silently', () => {
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class First extends LitElement {
        static readonly smeVersion = VERSION;
      }
      class Second extends LitElement {
        static readonly smeVersion = VERSION;
      }
      define('sme-test-define-a', First);
      expect(() => define('sme-test-define-a', Second)).not.to.throw();
      expect(customElements.get('sme-test-define-a')).to.equal(First);
      expect(warnings).to.have.length(0);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('warns once when another version already defined the tag', () => {
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Old extends LitElement {
        static readonly smeVersion = '0.0.1';
      }
      class Newer extends LitElement {}
      define('sme-test-define-b', Old);
      define('sme-test-define-b', Newer);
      define('sme-test-define-b', Newer);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('0.0.1');
    } finally {
      console.warn = originalWarn;
    }
  });
});

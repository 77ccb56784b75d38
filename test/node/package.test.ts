import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { VERSION } from '../../src/version.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('package.json', () => {
  it('has the version that the library reports at run time', () => {
    assert.equal(VERSION, pkg.version);
  });

  it('lists types first in every exports condition, so TypeScript resolves them', () => {
    for (const [subpath, target] of Object.entries<unknown>(pkg.exports)) {
      if (typeof target !== 'object' || target === null) continue;
      const conditions = Object.keys(target);
      if (conditions.includes('types')) assert.equal(conditions[0], 'types', `exports["${subpath}"]`);
    }
  });

  it('marks only the registering modules as having side effects: the entries, each define module and the first-screen fetch', () => {
    // The dist/ paths for apps that bundle the package; the src/ paths for this repository's own builds
    // (the npm build, Storybook), which would otherwise drop `import './index.js'` as unused.
    // internal/first-screen starts fetching the default questionnaire as the entry evaluates.
    assert.deepEqual(pkg.sideEffects, [
      './dist/index.js',
      './dist/internal/first-screen.js',
      './dist/react.js',
      './dist/components/*/*.define.js',
      './src/index.ts',
      './src/internal/first-screen.ts',
      './src/react.ts',
      './src/components/*/*.define.ts',
    ]);
  });
});

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'collector/dist/',
      'generated/',
      '.helpers/',
      '.shots/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'coverage/',
      '.test-results/',
      'bench/.out/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='CustomEvent']",
          message: 'Use emit() from src/internal/events.ts.',
        },
      ],
    },
  },
  {
    // The engine is pure: it runs unchanged in Node and in browsers and turns data into keys and numbers.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'The engine must not depend on lit.' },
            { group: ['i18next', 'i18next/*'], message: 'The engine returns keys, never sentences.' },
            { group: ['chart.js', 'chart.js/*'], message: 'The engine must not depend on chart.js.' },
            {
              group: ['**/components/*', '**/internal/*'],
              message: 'The engine must not depend on UI code.',
            },
          ],
        },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: [
      'scripts/**/*.{js,mjs,cjs}',
      'bin/**/*.js',
      '*.config.{js,mjs,ts}',
      'test/node/**/*.ts',
      'src/cli.ts',
      'scripts/**/*.ts',
      'bench/**/*.ts',
      'collector/**/*.{ts,js,mjs}',
      'test/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's `expect(x).to.be.true` style reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-syntax': 'off',
    },
  },
);

import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['commitments', 'charts', 'export', 'sources', 'changes'];

/**
 * Imports flow one way: lib, components/ui, data, i18n → features → app.
 * A feature never imports another feature or the app; a route in app/routes
 * composes them. Cross-folder imports go through the `@/` alias so that this
 * rule sees them.
 */
const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^@/features/(?!${feature}(/|$))`,
            message: 'A feature must not import another feature; compose them in src/app/routes.',
          },
          { regex: '^@/app(/|$)', message: 'Features must not import the app layer.' },
          { regex: '^\\.\\./\\.\\./', message: 'Leave the feature through the @/ alias, not ../../.' },
        ],
      },
    ],
  },
}));

const baseLayers = ['lib', 'components', 'data', 'i18n'].map((layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { regex: '^@/(features|app)(/|$)', message: `src/${layer} is a base layer: it must not import features or the app.` },
          { regex: '^\\.\\./', message: 'Use the @/ alias for imports outside this folder.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'playwright-report', 'test-results', 'public', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No data string is ever injected as HTML.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'e2e/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  ...featureBoundaries,
  ...baseLayers,
);

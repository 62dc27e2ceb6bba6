// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'Thread content is hostile: render text, never HTML.',
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'openai',
              message: 'Browser code imports openai types only.',
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              group: ['openai/*'],
              message: 'Browser code imports openai types only.',
              allowTypeImports: true,
            },
            {
              group: ['@/server/*', '**/server/*'],
              message: 'The browser never imports server code.',
            },
          ],
        },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/server/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/client/*', '**/client/*'],
              message: 'The server never imports browser code.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through src/server/env.ts.',
        },
      ],
    },
  },
  {
    // The contract both sides build on: plain TypeScript, openai's types and nothing else.
    files: ['src/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'openai',
              message: 'Shared code imports openai types only.',
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              group: ['openai/*'],
              message: 'Shared code imports openai types only.',
              allowTypeImports: true,
            },
            {
              group: ['@/client/*', '**/client/*', '@/server/*', '**/server/*'],
              message: 'Shared code imports neither browser nor server code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/server/env.ts',
      'src/server/demo/stand-in-server.ts',
      'e2e/**',
      'bench/**',
      '*.config.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  prettier,
);

// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import checkFile from 'eslint-plugin-check-file';
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
    files: ['src/client/**/*.{ts,tsx}'],
    rules: { '@tanstack/query/prefer-query-options': 'error' },
  },
  {
    // Folders by part of the product, one way only: app → features → entities → components/lib,
    // features never import each other, and client, server and shared stay apart (style.md §1).
    files: ['src/**/*.{ts,tsx}', 'lint-fixtures/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': {
        typescript: {
          project: ['src/client/tsconfig.json', 'src/server/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        },
      },
      'boundaries/elements': [
        { type: 'app', pattern: 'src/client/app' },
        { type: 'feature', pattern: 'src/client/features/*', capture: ['name'] },
        { type: 'entity', pattern: 'src/client/entities/*', capture: ['name'] },
        { type: 'components', pattern: 'src/client/components' },
        { type: 'lib', pattern: 'src/client/lib' },
        { type: 'testing', pattern: 'src/client/testing' },
        { type: 'shared', pattern: 'src/shared' },
        { type: 'server', pattern: 'src/server' },
      ],
      'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
    },
    rules: {
      // Every source file belongs to one of the elements above.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            {
              from: { element: { type: 'app' } },
              allow: {
                to: {
                  element: {
                    types: { anyOf: ['app', 'feature', 'entity', 'components', 'lib', 'shared'] },
                  },
                },
              },
            },
            {
              from: { element: { type: 'feature' } },
              allow: {
                to: { element: { types: { anyOf: ['entity', 'components', 'lib', 'shared'] } } },
              },
            },
            {
              from: { element: { type: 'entity' } },
              allow: { to: { element: { types: { anyOf: ['components', 'lib', 'shared'] } } } },
            },
            {
              from: { element: { types: { anyOf: ['components', 'lib'] } } },
              allow: { to: { element: { types: { anyOf: ['components', 'lib', 'shared'] } } } },
            },
            {
              from: { element: { type: 'testing' } },
              allow: {
                to: {
                  element: { types: { anyOf: ['app', 'entity', 'components', 'lib', 'shared'] } },
                },
              },
            },
            {
              from: { file: { categories: 'test' } },
              allow: { to: { element: { type: 'testing' } } },
            },
            {
              from: { element: { type: 'server' } },
              allow: { to: { element: { types: { anyOf: ['server', 'shared'] } } } },
            },
            {
              from: { element: { type: 'shared' } },
              allow: { to: { element: { type: 'shared' } } },
            },
            // Packages are not elements: the type-only rule for `openai` is enforced above.
            { allow: { to: { module: { origin: 'external' } } } },
            { allow: { to: { module: { origin: 'core' } } } },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*', 'e2e/**/*', 'bench/**/*'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
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

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.build-*/', 'data/', 'coverage/', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // The console (安委办工作台) runs in the browser; it imports from src/ only types and the
    // pure label catalogues of the domain.
    files: ['console/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.ts', 'projections/**/*.ts', 'bench/**/*.ts'],
    ignores: [
      'src/infrastructure/**/sqlite/**',
      'src/infrastructure/**/esdb/**',
      'src/infrastructure/**/mongodb/**',
      'bench/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'better-sqlite3', message: 'Only adapters import a database client.' },
            { name: 'mongodb', message: 'Only adapters import a database client.' },
            { name: '@eventstore/db-client', message: 'Only adapters import a database client.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'projections/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'better-sqlite3', 'mongodb', '@eventstore/*', 'node:fs', 'fs'],
              message: 'The domain and projections are pure: no framework or I/O imports.',
            },
          ],
        },
      ],
    },
  },
);

// Lint for the library sources (`pnpm lint` = `eslint packages/*/src`). The regexp rules are the
// point: a regular expression that backtracks super-linearly turns a crafted article into a
// denial of service, and the parser runs its regexes over untrusted text.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default defineConfig(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/reports/**', 'docs/api/**'] },
  {
    files: ['packages/*/src/**/*.ts'],
    extends: [tseslint.configs.recommended],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      // `{ evidence: _e, ...rest }` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
    },
  },
);

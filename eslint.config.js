// Lint: TypeScript rules, Lit template rules, and lit-a11y's accessibility rules for templates.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'test-results/**', 'playwright-report/**', 'reports/**', 'data/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    ...litA11y.configs.recommended,
    rules: {
      ...Object.fromEntries(Object.keys(litA11y.rules).map((rule) => [`lit-a11y/${rule}`, 'error'])),
      ...litA11y.configs.recommended.rules,
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
);

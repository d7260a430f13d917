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
  {
    // A feature sees its own answers through an AnswersController (src/flow/store.ts), never the
    // draft's whole Answers; and it uses another feature's words, never its elements.
    files: ['src/features/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='answers'][object.property.name='state']", message: 'Read your own slice: an AnswersController.' },
        { selector: "Property[key.name='type'][value.value='answers']", message: 'Set your own slice: an AnswersController.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./(binding|family|my-card|applications)/ssc-', message: "A feature may import another feature's words, never its elements." }] },
      ],
    },
  },
);

// ESLint (flat config): typescript-eslint's recommended rules, a few type-aware rules on the
// extension's own code, and glossa/no-unused-exports (scripts/eslint-unused-exports.mjs).
import tseslint from 'typescript-eslint';
import glossa from './scripts/eslint-unused-exports.mjs';

/** Files a browser, a command line or a test runner loads: their exports need no importer. */
const ENTRY_POINTS = [
  'src/content/index.ts',
  'src/background/index.ts',
  'src/popup/index.tsx',
  'src/options/index.tsx',
  'src/cli/scan.ts',
  'src/pack/report.ts',
  'bench/**',
  'scripts/**',
  'tests/**',
  '**/*.test.ts',
  '*.js',
  '*.mjs',
  '*.ts',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.tmp/', 'tests/fixtures/', 'bench/walk-floor/', '**/*.d.ts', '**/*.d.mts'] },
  ...tseslint.configs.recommended,
  {
    plugins: { glossa },
    rules: {
      'glossa/no-unused-exports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The extension's own code. Type-aware rules only where they pay (a dropped promise is a lost
    // error); they add a few seconds to a run.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', 'src/**/fake-*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // No silent catches: name the error and hand it to debug() (src/shared/debug-log.ts).
      'no-restricted-syntax': [
        'error',
        { selector: 'CatchClause[param=null]', message: 'Log the error: catch (e) { debug(where, e); … }' },
        {
          selector: "CallExpression[callee.property.name='catch'] > ArrowFunctionExpression[params.length=0]",
          message: 'Log the error: .catch((e: unknown) => debug(where, e))',
        },
      ],
    },
  },
  { files: ENTRY_POINTS, rules: { 'glossa/no-unused-exports': 'off' } },
);

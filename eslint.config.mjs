import { importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

/*
 * Imports: one style (the aliases of tsconfig.json), and the direction of dependencies that
 * ARCHITECTURE.md describes, enforced: the site, the CMS and the import depend on src/shared
 * and src/rich-text, never on each other.
 */
const relative = {
  group: ['./*', '../*'],
  message: 'Import project files by their alias (@/…, @collections/…, @content-import/…): ARCHITECTURE.md, "Imports".',
}
const not = (who, groups) =>
  groups.map((group) => ({ group: [group], message: `${who} does not depend on ${group} (ARCHITECTURE.md).` }))
const imports = (...patterns) => ['error', { patterns: [relative, ...patterns] }]

const app = [
  '@/site/*',
  '@/cms/*',
  '@/cli/*',
  '@/app/*',
  '@collections/*',
  '@content-import/*',
  '@payload-config',
  '@tests/*',
  '@bench/*',
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'next-env.d.ts',
      'payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'migrations/sqlite/*.json',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': imports(),
    },
  },
  {
    // Every import names a package that package.json declares: one the code reaches only through
    // another package's dependencies (qs-esm through Payload) breaks when that package changes
    // its own. What production runs may use `dependencies` only; tests, benchmarks and config
    // files may use `devDependencies` too. The project's aliases are its own files.
    plugins: { 'import-x': importX },
    settings: {
      'import-x/internal-regex':
        '^@(/|collections/|content-import/|migrations/|tests/|bench/|payload-config$|payload-types$)',
    },
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        {
          includeTypes: true,
          devDependencies: ['tests/**', 'bench/**', '*.config.{ts,mjs}', 'src/cli/generate-types.ts'],
        },
      ],
    },
  },
  {
    files: ['src/shared/**', 'src/rich-text/**'],
    rules: { 'no-restricted-imports': imports(...not('Shared code', app)) },
  },
  {
    files: ['src/site/**', 'src/app/(frontend)/**', 'src/app/*.ts', 'src/proxy.ts'],
    rules: {
      'no-restricted-imports': imports(
        ...not('The site', ['@/cms/*', '@/cli/*', '@collections/*', '@content-import/*']),
      ),
    },
  },
  {
    files: ['src/cms/**'],
    rules: {
      'no-restricted-imports': imports(
        ...not('The CMS building blocks', [
          '@/site/*',
          '@/cli/*',
          '@collections/*',
          '@content-import/*',
          '@payload-config',
        ]),
      ),
    },
  },
  {
    files: ['src/app/(payload)/**'],
    rules: {
      'no-restricted-imports': imports(
        ...not('The admin and API routes', ['@/site/*', '@/cli/*', '@content-import/*']),
      ),
    },
  },
  {
    files: ['collections/**'],
    rules: { 'no-restricted-imports': imports(...not('A collection', ['@/site/*', '@/cli/*', '@content-import/*'])) },
  },
  {
    files: ['content-import/**'],
    rules: {
      'no-restricted-imports': imports(...not('The import', ['@/site/*', '@/cli/*', '@collections/*']), {
        // The XLIFF export offers the translation memory's matches: its lookup, and nothing else.
        group: [
          '@/cms/*',
          '!@/cms/translation-memory',
          '@/cms/translation-memory/*',
          '!@/cms/translation-memory/lookup',
          '!@/cms/translation-memory/memory-index',
          // The XLIFF import's drafts saved a file at a time beneath Payload's update (decision 012).
          '!@/cms/drafts',
          '@/cms/drafts/*',
          '!@/cms/drafts/draft-batch',
        ],
        message:
          'The import does not depend on @/cms/* other than the translation memory lookup and the batched drafts (ARCHITECTURE.md).',
      }),
    },
  },
  {
    // The first-run sample loader is the one way from src/ into the import.
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': imports({
        group: ['@content-import/*', '!@content-import/sample-content'],
        message: 'Only the sample loader is used from the import (ARCHITECTURE.md).',
      }),
    },
  },
  {
    // Written by `payload migrate:create`, in its own style.
    files: ['migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off', 'no-restricted-imports': 'off' },
  },
)

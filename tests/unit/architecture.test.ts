import path from 'node:path'

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * ARCHITECTURE.md's rules on imports, as ESLint applies them: one import style, and the site,
 * the CMS and the import never depending on each other.
 */
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') })

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('imports', () => {
  it('are by alias, not relative', async () => {
    expect(await problems('src/site/example.ts', "import { x } from './content'\nexport { x }\n")).toEqual([
      expect.stringContaining('Import project files by their alias'),
    ])
    expect(await problems('src/site/example.ts', "import { x } from '@/site/content'\nexport { x }\n")).toEqual([])
  })

  it.each([
    ['src/site/example.ts', '@/cms/messages'],
    ['src/site/example.ts', '@content-import/import'],
    ['src/cms/example.ts', '@/site/content'],
    ['src/cms/example.ts', '@content-import/files'],
    ['content-import/example.ts', '@/cms/messages'],
    ['content-import/example.ts', '@collections/Advice/hooks'],
    ['collections/Advice/example.ts', '@/site/content'],
    ['src/shared/example.ts', '@/cms/access'],
    ['src/rich-text/example.ts', '@/site/localized'],
    ['src/cli/example.ts', '@content-import/import'],
  ])('%s may not import %s', async (file, module) => {
    expect(await problems(file, `import { x } from '${module}'\nexport { x }\n`)).toHaveLength(1)
  })

  it.each([
    ['src/site/example.ts', '@/shared/locales'],
    ['src/cms/example.ts', '@/rich-text/safety'],
    ['content-import/example.ts', '@/rich-text/node'],
    ['collections/Advice/example.ts', '@/cms/access'],
    ['src/cli/example.ts', '@content-import/sample-content'],
  ])('%s may import %s', async (file, module) => {
    expect(await problems(file, `import { x } from '${module}'\nexport { x }\n`)).toEqual([])
  })
})

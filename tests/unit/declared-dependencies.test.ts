import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * `npm test`'s lint refuses an import of a package that package.json does not declare (one
 * reached through another package's dependencies breaks when that package changes its own), and
 * a development-only package in the code production runs.
 */
const eslint = new ESLint()
const problems = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0].messages
    .filter((message) => message.ruleId === 'import-x/no-extraneous-dependencies')
    .map((message) => message.message)

describe('declared dependencies', () => {
  it('an import of a package only another package depends on is refused', async () => {
    // sonic-boom is installed (pino's), never declared.
    expect(
      await problems("import SonicBoom from 'sonic-boom'\nexport const s = SonicBoom\n", 'src/shared/x.ts'),
    ).toEqual([expect.stringContaining("'sonic-boom' should be listed in the project's dependencies")])
  })

  it('a development-only package is refused in production code and allowed in tests', async () => {
    const code = "import { expect } from 'vitest'\nexport const e = expect\n"
    expect(await problems(code, 'src/cms/x.ts')).toEqual([expect.stringContaining('not devDependencies')])
    expect(await problems(code, 'tests/unit/x.test.ts')).toEqual([])
  })

  it('declared packages and the project’s own aliases pass', async () => {
    const code = [
      "import { parse } from 'qs-esm'",
      "import { env } from '@/shared/server/environment'",
      "import config from '@payload-config'",
      "import type { Question } from '@payload-types'",
      'export const all = [parse, env, config] as unknown as Question',
    ].join('\n')
    expect(await problems(code, 'src/cli/x.ts')).toEqual([])
  })
})

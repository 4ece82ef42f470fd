import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { buildInputs, buildStamp } from '@/cli/build-stamp'
import { tempDir } from '@tests/support/import'

const root = path.resolve(import.meta.dirname, '../../..')

describe('the build stamp that decides whether `npm start` rebuilds', () => {
  it('changes when a file under content-import/ changes (the site bundles code from there)', () => {
    const copy = tempDir('rota-stamp-')
    for (const input of ['src/cli', 'content-import/markdown', 'collections/Areas'])
      cpSync(path.join(root, input), path.join(copy, input), { recursive: true })
    const before = buildStamp(copy)
    const file = path.join(copy, 'content-import/markdown/model.ts')
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n// an edit\n`)
    expect(buildStamp(copy)).not.toBe(before)
  })

  it('covers every folder that an import alias of the app points into', () => {
    const { compilerOptions } = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> }
    }
    // Only tests and benchmarks are outside the app's build.
    const appTargets = Object.values(compilerOptions.paths)
      .flat()
      .map((target) => target.replace(/^\.\//, '').replace(/\/\*$/, ''))
      .filter((target) => !['tests', 'bench'].includes(target))
    for (const target of appTargets) expect(buildInputs, target).toContain(target)
  })
})

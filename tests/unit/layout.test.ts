import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * The product's code stays findable: small files named for what they hold, folders grouped by
 * feature (ARCHITECTURE.md). Generated files (migrations, Payload's import map) are not counted.
 */
const root = path.resolve(import.meta.dirname, '../..')
const sourceFolders = ['src', 'collections', 'content-import', 'bench']
const generated = ['src/app/(payload)/admin/importMap.js']
const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...sourceFolders], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => /\.(ts|tsx|mjs|js)$/.test(file) && !generated.includes(file))

describe('the layout', () => {
  it('has no source file over 300 lines', () => {
    const long = sources
      .map((file) => ({ file, lines: readFileSync(path.join(root, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 300)
      .map(({ file, lines }) => `${file}: ${lines} lines (split it by what its parts hold)`)
    expect(long).toEqual([])
  })

  it('has no folder with over 20 source files', () => {
    const perFolder = new Map<string, number>()
    for (const file of sources) perFolder.set(path.dirname(file), (perFolder.get(path.dirname(file)) ?? 0) + 1)
    const crowded = [...perFolder]
      .filter(([, count]) => count > 20)
      .map(([folder, count]) => `${folder}: ${count} files (group them by feature in subfolders)`)
    expect(crowded).toEqual([])
  })
})

import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { Converter } from '@content-import/converter'
import { FileProblem, readHeader } from '@content-import/parse'
import { fuzzSeed, random, within } from '@tests/support/fuzz/fuzz'
import { fuzzedContentFile } from '@tests/support/fuzz/fuzz-content'
import { tempDir } from '@tests/support/import'

/**
 * A bounded, seeded fuzz pass over the importer's reading of files: every file is either
 * read or refused with a message for the editor; nothing else escapes, nothing hangs.
 */
const converter = new Converter()
afterAll(() => converter.close())

describe(`importer fuzz (seed ${fuzzSeed})`, () => {
  it('300 random files: each front matter is read or refused with a FileProblem, each body converts or is refused', async () => {
    const r = random(fuzzSeed + 3)
    const dir = tempDir()
    const escaped: string[] = []
    let read = 0
    for (let i = 0; i < 300; i++) {
      const file = path.join(dir, `f${i}.md`)
      const source = fuzzedContentFile(r)
      writeFileSync(file, source)
      try {
        const header = readHeader({ path: file, label: `f${i}.md` })
        read++
        const result = await within(30_000, source, converter.convert(header.markdown, header.bodyStartLine - 1))
        if (!result.ok && !result.message) escaped.push(`${JSON.stringify(source)}: refused without a message`)
      } catch (error) {
        if (!(error instanceof FileProblem) || !error.message)
          escaped.push(`${JSON.stringify(source)}: ${(error as Error).stack}`)
      }
    }
    expect(escaped).toEqual([])
    // The generator is not only producing broken files: a good share is read.
    expect(read).toBeGreaterThan(30)
  })
})

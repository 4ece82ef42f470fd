import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { importContent } from '@content-import/import'
import { exportXliff } from '@content-import/xliff/export-xliff'
import { importXliff } from '@content-import/xliff/import-xliff'
import { usePayload } from '@tests/support/boot'
import { findAdvice, findChoice, findQuestion, tempDir, writeContentFile } from '@tests/support/import'
import { fillTargets } from '@tests/support/xliff'

/**
 * With transactions (as the import's command line runs SQLite, ROTA_SQLITE_TRANSACTIONS), XLIFF
 * files are written several to a transaction, as Markdown files are (content-import/write/batch.ts,
 * docs/decisions/008-import-in-batches.md). A file whose save fails after its first documents
 * were written rolls its batch back; the batch's other files are written again, and only the
 * failing file is left out, whole, as when every file had its own transaction.
 */
process.env.ROTA_SQLITE_TRANSACTIONS = '1'
const ctx = usePayload()
afterAll(() => {
  delete process.env.ROTA_SQLITE_TRANSACTIONS
})

const questions = [61, 62, 63, 64]
let out: string

beforeAll(async () => {
  const dir = tempDir('rota-xliff-batches-tr-')
  for (const q of questions) {
    writeContentFile(dir, `soru-${q}.md`, { title: `Soru ${q} nedir?`, question_id: q, area: 'Yönetim' }, 'Açıklama.')
    for (const c of [1, 2])
      writeContentFile(
        dir,
        `soru-${q}-${c}.md`,
        { title: `Seçenek ${q}.${c}.`, question_id: q, choice_id: c },
        `Birinci paragraf **${q}.${c}**.\n\nİkinci paragraf.`,
      )
  }
  expect((await importContent(ctx.payload, [dir], { locale: 'tr', status: 'published' })).errors).toEqual([])
  out = tempDir('rota-xliff-batches-out-')
  await exportXliff(ctx.payload, out, { locale: 'en' })
  for (const name of readdirSync(out)) {
    const file = path.join(out, name)
    writeFileSync(
      file,
      fillTargets(readFileSync(file, 'utf8'), (t) => `EN ${t}`),
    )
  }
  // Refused before anything is written: a unit the export never wrote.
  const refused = path.join(out, 'soru-063.xlf')
  writeFileSync(refused, readFileSync(refused, 'utf8').replace('<unit id="body-0"', '<unit id="body-x"'))
})

const english = { locale: 'en' as const, draft: true }

describe('XLIFF files written several to a transaction', () => {
  it('leave out only the file that failed, whether it failed before writing or after', async () => {
    const failing = await findAdvice(ctx.payload, 62, 2, { draft: true })
    const [first, last] = [await findQuestion(ctx.payload, 61), await findQuestion(ctx.payload, 64)]
    // The batch's one-second bound held still: on a loaded machine it could end the batch
    // between two files and leave nothing here to roll back.
    vi.useFakeTimers({ toFake: ['performance'] })
    const begun = vi.spyOn(ctx.payload.db, 'beginTransaction')
    // A question's writes counted by its versions: its draft is saved through Payload's update
    // or, in a transaction, beneath it (src/cms/drafts/draft-batch.ts), a version either way.
    const versionsOf = new Map<string, number>()
    // The second advice of question 62 fails whenever its version is saved: after the question,
    // its choices and its first advice were written in the same file.
    const createVersion = ctx.payload.db.createVersion.bind(ctx.payload.db)
    vi.spyOn(ctx.payload.db, 'createVersion').mockImplementation((async (args: Parameters<typeof createVersion>[0]) => {
      if (args.collectionSlug === 'advice' && String(args.parent) === String(failing.id))
        throw new Error('disk full (simulated)')
      if (args.collectionSlug === 'questions')
        versionsOf.set(String(args.parent), (versionsOf.get(String(args.parent)) ?? 0) + 1)
      return createVersion(args)
    }) as never)

    const report = await importXliff(ctx.payload, [out], { locale: 'en', status: 'draft' })
    const writesOf = (id: string | number) => versionsOf.get(String(id)) ?? 0
    const [firstWrites, lastWrites] = [writesOf(first.id), writesOf(last.id)]
    vi.restoreAllMocks()
    vi.useRealTimers()

    expect(report.files).toBe(5)
    expect(report.errors).toEqual([
      {
        file: 'soru-062.xlf',
        line: null,
        message: expect.stringMatching(/disk full.*Dosyadan hiçbir şey yazılmadı\.$/),
      },
      { file: 'soru-063.xlf', line: null, message: expect.stringMatching(/body-x.*Dosyadan hiçbir şey yazılmadı\.$/) },
    ])
    expect(report.imported).toBe(3)
    // The areas' file and questions 61 and 64, each document counted once although some of
    // them were written twice (the rolled-back batch, then one transaction each).
    expect(report.updated).toEqual({ areas: 1, questions: 2, choices: 4, advice: 4, resources: 0 })
    // Question 61 went in one transaction with 62, was rolled back with it and written again in
    // a transaction of its own; 64, after them, was written once.
    expect([firstWrites, lastWrites]).toEqual([2, 1])
    expect(begun.mock.calls.length).toBeLessThan(2 * report.files)

    for (const q of [61, 64]) {
      expect((await findQuestion(ctx.payload, q, english)).text).toBe(`EN Soru ${q} nedir?`)
      for (const c of [1, 2]) {
        expect((await findChoice(ctx.payload, q, c, english)).label).toBe(`EN Seçenek ${q}.${c}.`)
        expect(JSON.stringify((await findAdvice(ctx.payload, q, c, english)).body)).toContain('EN İkinci paragraf.')
      }
    }
    // Nothing of the two files left out: not the documents written before the failing one.
    for (const q of [62, 63]) {
      expect((await findQuestion(ctx.payload, q, english)).text ?? null).toBeNull()
      for (const c of [1, 2]) {
        expect((await findChoice(ctx.payload, q, c, english)).label ?? null).toBeNull()
        expect((await findAdvice(ctx.payload, q, c, english)).body ?? null).toBeNull()
      }
    }

    // The next run writes the file that failed and finds the others unchanged.
    const retry = await importXliff(ctx.payload, [out], { locale: 'en', status: 'draft' })
    expect(retry.errors.map((e) => e.file)).toEqual(['soru-063.xlf'])
    expect(retry.unchanged).toBe(3)
    expect(retry.updated).toEqual({ areas: 0, questions: 1, choices: 2, advice: 2, resources: 0 })
  })
})

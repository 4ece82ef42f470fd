import { afterAll, describe, expect, it, vi } from 'vitest'

import { importContent } from '@content-import/import'
import { usePayload } from '@tests/support/boot'
import { countEverything, findAdvice, findChoice, tempDir, writeContentFile } from '@tests/support/import'

/**
 * With transactions (as the import's command line runs SQLite, ROTA_SQLITE_TRANSACTIONS), files
 * are written several to a transaction (content-import/write/batch.ts). A file that fails after
 * writing rolls its whole batch back; the batch's other files are then written again, and only
 * the failing file is left out, as when every file had its own transaction.
 */
process.env.ROTA_SQLITE_TRANSACTIONS = '1'
const ctx = usePayload()
afterAll(() => {
  delete process.env.ROTA_SQLITE_TRANSACTIONS
})

describe('files written several to a transaction', () => {
  it('leave out only the file that failed, whether it failed before writing or after', async () => {
    const dir = tempDir()
    writeContentFile(
      dir,
      'soru-41.md',
      { title: 'Gönüllüleriniz var mı?', question_id: 41, area: 'Gönüllülük' },
      'Açıklama.',
    )
    for (const choice of [1, 2, 3])
      writeContentFile(
        dir,
        `soru-41-${choice}.md`,
        { title: `Seçenek ${choice}.`, question_id: 41, choice_id: choice },
        `Bir [gönüllü rehberi ${choice}](https://example.org/gonullu-41-${choice}) ile başlayın.`,
      )
    // Refused before anything is written: a link text with an invisible character.
    writeContentFile(
      dir,
      'soru-41-4.md',
      { title: 'Seçenek 4.', question_id: 41, choice_id: 4 },
      'Bir [rehber\u202e](https://example.org/gonullu-41-4) ile başlayın.',
    )
    const before = await countEverything(ctx.payload)
    const begun = vi.spyOn(ctx.payload.db, 'beginTransaction')
    // The advice of choice 2 fails every time it is written, after its choice and resource were.
    const create = ctx.payload.db.create.bind(ctx.payload.db)
    vi.spyOn(ctx.payload.db, 'create').mockImplementation((async (args: Parameters<typeof create>[0]) => {
      const data = args.data as { questionNumber?: number; choiceNumber?: number }
      if (args.collection === 'advice' && data.questionNumber === 41 && data.choiceNumber === 2)
        throw new Error('disk full (simulated)')
      return create(args)
    }) as never)

    const report = await importContent(ctx.payload, [dir], { locale: 'tr', status: 'published' })
    vi.restoreAllMocks()

    // Fewer transactions than files: they were batched (the rolled-back batch and its files again included).
    expect(begun.mock.calls.length).toBeLessThan(2 * report.files)
    expect(report.files).toBe(5)
    expect(report.imported).toBe(3)
    expect(report.errors).toEqual([
      { file: 'soru-41-2.md', line: null, message: expect.stringMatching(/hiçbir şey yazılmadı: disk full/) },
      { file: 'soru-41-4.md', line: null, message: expect.stringContaining('kullanılamayan bir karakter') },
    ])
    // What the three good files wrote, counted once although the first two were written twice.
    expect(report.created).toEqual({ areas: 1, questions: 1, choices: 2, advice: 2, resources: 2 })
    const after = await countEverything(ctx.payload)
    for (const [collection, added] of Object.entries({ areas: 1, questions: 1, choices: 2, advice: 2, resources: 2 })) {
      const key = collection as keyof typeof after
      expect(after[key].docs - before[key].docs, collection).toBe(added)
      expect(after[key].versions - before[key].versions, `${collection} versions`).toBe(added)
    }
    expect(await findChoice(ctx.payload, 41, 2, { draft: true })).toBeUndefined()
    expect(await findChoice(ctx.payload, 41, 4, { draft: true })).toBeUndefined()
    for (const choice of [1, 3]) expect(await findAdvice(ctx.payload, 41, choice, { reader: true })).toBeDefined()

    // The next run writes the two files and finds the rest unchanged.
    const retry = await importContent(ctx.payload, [dir], { locale: 'tr', status: 'published' })
    expect(retry.errors.map((e) => e.file)).toEqual(['soru-41-4.md'])
    expect(retry.unchanged).toBe(3)
    expect(retry.created).toEqual({ areas: 0, questions: 0, choices: 1, advice: 1, resources: 1 })
  })
})

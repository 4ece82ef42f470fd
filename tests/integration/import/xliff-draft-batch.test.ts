import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { importContent } from '@content-import/import'
import { exportXliff } from '@content-import/xliff/export-xliff'
import { importXliff } from '@content-import/xliff/import-xliff'
import { usePayload } from '@tests/support/boot'
import { createCast } from '@tests/support/content'
import { contentSnapshot, normalise } from '@tests/support/content-snapshot'
import { contentCollections, deleteAllContent, findAdvice, tempDir, writeContentFile } from '@tests/support/import'
import { fillFolder } from '@tests/support/xliff'

/**
 * With transactions (as the import's command line runs SQLite), the XLIFF import saves a file's
 * questions, choices and advice beneath Payload's update operation, a file at a time
 * (src/cms/drafts/draft-batch.ts, docs/decisions/012-xliff-drafts-in-batches.md). Here the same
 * files go in both ways, that way and through the operation (`throughOperations`), and every
 * document and version in every language, every translation-state and publishing-state row, every
 * notification and the reports must come out the same: with a file refused for a target that
 * fails validation, and a translation of a Turkish text that changed since its file was exported
 * (its state goes from current to outdated, which tells the language's translators).
 */
process.env.ROTA_SQLITE_TRANSACTIONS = '1'
const ctx = usePayload()
afterAll(() => {
  delete process.env.ROTA_SQLITE_TRANSACTIONS
})

beforeAll(async () => {
  await createCast(ctx.payload)
})

const questions = [71, 72]
/** Run-bound values: ids (named instead), times, and hashes of stored content that hold ids. */
const runBound = (key: string) => ['id', 'contentHash', 'key'].includes(key) || /At$/.test(key) || key === 'at'

const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b))

/** Everything the import may have written, named by natural keys instead of ids. */
async function snapshot(payload: Payload) {
  const { names, collections } = await contentSnapshot(payload, runBound)
  const rows = async (collection: 'translation-states' | 'publishing-states' | 'notifications') =>
    (
      (await payload.find({ collection, depth: 0, pagination: false, overrideAccess: true })).docs.map((row) =>
        normalise(row, names, runBound),
      ) as unknown[]
    ).sort(byJson)
  return {
    content: collections as Record<string, { docs: unknown; versions: unknown }>,
    translationStates: await rows('translation-states'),
    publishingStates: await rows('publishing-states'),
    notifications: await rows('notifications'),
  }
}

/** The Turkish of an advice's first paragraph rewritten and published; its second stays. */
async function changeFirstParagraph(payload: Payload, q: number, c: number) {
  const advice = await findAdvice(payload, q, c)
  const body = structuredClone(advice.body) as unknown as {
    root: { children: Array<{ children: Array<{ text?: string }> }> }
  }
  body.root.children[0].children = [{ ...body.root.children[0].children[0], text: 'Birinci paragraf yeniden yazıldı.' }]
  await payload.update({
    collection: 'advice',
    id: advice.id,
    locale: 'tr',
    data: { body: body as never, _status: 'published' },
  })
}

/** The hash of an advice's Turkish as its translation states know it. */
async function turkishSource(payload: Payload, q: number, c: number): Promise<string> {
  const { id } = await findAdvice(payload, q, c)
  const { docs } = await payload.find({
    collection: 'translation-states',
    where: { key: { equals: `advice/${id}/tr` } },
    overrideAccess: true,
  })
  return String(docs[0]?.sourceHash)
}

/** Every target of a folder's files rewritten, as a translator's tool revises a file that holds translations. */
function revise(dir: string, from: string, to: string) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replaceAll(`<target>${from} `, `<target>${to} `)
        // A paragraph exported without a target (its Turkish changed): translated anew.
        .replace(
          /<segment([^>]*)><source>([^<]*)<\/source><\/segment>/g,
          `<segment state="translated"><source>$2</source><target>${to} $2</target></segment>`,
        ),
    )
  }
}

async function importEverything(throughOperations: boolean) {
  const payload = ctx.payload
  await deleteAllContent(payload)
  await payload.delete({ collection: 'notifications', where: { id: { exists: true } }, overrideAccess: true })
  const turkish = tempDir('rota-xliff-draft-batch-tr-')
  for (const q of questions) {
    writeContentFile(
      turkish,
      `soru-${q}.md`,
      { title: `Soru ${q} nedir?`, question_id: q, area: 'Yönetim' },
      'Açıklama.',
    )
    for (const c of [1, 2])
      writeContentFile(
        turkish,
        `soru-${q}-${c}.md`,
        { title: `Seçenek ${q}.${c}.`, question_id: q, choice_id: c },
        `Birinci paragraf **${q}.${c}**.\n\nİkinci paragraf [bağlantı](https://example.org/${q}/${c}).`,
      )
  }
  expect((await importContent(payload, [turkish], { locale: 'tr', status: 'published' })).errors).toEqual([])
  const first = tempDir('rota-xliff-draft-batch-a-')
  await exportXliff(payload, first, { locale: 'en' })
  fillFolder(first, (text) => `EN ${text}`)
  // A target no save accepts: a choice's label with a right-to-left override in it.
  const refused = path.join(first, 'soru-072.xlf')
  writeFileSync(
    refused,
    readFileSync(refused, 'utf8').replace(/<target>EN Seçenek 72\.1\./, '<target>EN Seçenek 72.1.\u202e'),
  )
  const options = { locale: 'en' as const, status: 'draft' as const, throughOperations }
  const updates = vi.spyOn(payload, 'update')
  const reports = [await importXliff(payload, [first], options)]
  const before = await turkishSource(payload, 71, 1)
  await changeFirstParagraph(payload, 71, 1)
  const second = tempDir('rota-xliff-draft-batch-b-')
  await exportXliff(payload, second, { locale: 'en' })
  revise(second, 'EN', 'EN2')
  reports.push(await importXliff(payload, [second], options))
  // The second files revised again, but advice 71.1's said to be made from the Turkish of the
  // first export (as a file put together from an older one would): its English, current until
  // now, is outdated, and its translators are told.
  revise(second, 'EN2', 'EN3')
  const file = path.join(second, 'soru-071.xlf')
  const now = await turkishSource(payload, 71, 1)
  expect(readFileSync(file, 'utf8')).toContain(now)
  writeFileSync(file, readFileSync(file, 'utf8').replace(now, before))
  // An editor's lock on one of them, left behind: the save removes it, as Payload's update does.
  const locked = await findAdvice(payload, 71, 2)
  await payload.db.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'advice', value: locked.id }, globalSlug: null },
  })
  // Forced: the second import changed the translations since this export.
  reports.push(await importXliff(payload, [second], { ...options, force: true }))
  const locks = (await payload.db.find({ collection: 'payload-locked-documents', pagination: false })).docs.length
  const operations = updates.mock.calls.filter(([args]) =>
    ['questions', 'choices', 'advice'].includes(args.collection),
  ).length
  updates.mockRestore()
  return {
    reports: reports.map(({ errors, warnings, conflicts, units, updated, imported, unchanged, files }) => ({
      errors,
      warnings,
      conflicts,
      units,
      updated,
      imported,
      unchanged,
      files,
    })),
    stored: await snapshot(payload),
    locks,
    operations,
  }
}

describe("the XLIFF import's drafts saved a file at a time", () => {
  it("store the same documents, versions, states and notifications as Payload's update operation", async () => {
    const batched = await importEverything(false)
    const throughOperations = await importEverything(true)

    // What the scenario is meant to hold: one file refused by validation, the rest written, and
    // the English of 71.1 left outdated with its translators told.
    expect(batched.reports[0].errors).toEqual([
      { file: 'soru-072.xlf', line: null, message: expect.stringContaining('CMS şu alanları kabul etmedi: "label"') },
    ])
    expect(batched.reports[0].updated).toMatchObject({ choices: 2, advice: 2 })
    expect(batched.reports[2].updated).toMatchObject({ choices: 4, advice: 2 })
    expect(batched.stored.translationStates).toContainEqual(
      expect.objectContaining({ document: 'advice 71.1', locale: 'en', status: 'outdated' }),
    )

    // Told twice: when the Turkish changed, and when the import made it outdated again.
    const told = expect.objectContaining({ kind: 'source_changed', document: 'advice 71.1', locale: 'en' })
    expect(batched.stored.notifications).toEqual([told, told])
    // Each way as it says: questions, choices and advice beneath the operation, or through it.
    // (the one update of the batched run is this test's change of the Turkish)
    expect(batched.operations).toBe(1)
    expect(throughOperations.operations).toBeGreaterThan(10)
    expect([batched.locks, throughOperations.locks]).toEqual([0, 0])
    expect(batched.reports).toEqual(throughOperations.reports)
    for (const collection of contentCollections) {
      const [a, b] = [batched.stored.content[collection], throughOperations.stored.content[collection]]
      expect(a.docs, `${collection}: documents`).toEqual(b.docs)
      expect(a.versions, `${collection}: versions`).toEqual(b.versions)
    }
    expect(batched.stored.translationStates).toEqual(throughOperations.stored.translationStates)
    expect(batched.stored.publishingStates).toEqual(throughOperations.stored.publishingStates)
    expect(batched.stored.notifications).toEqual(throughOperations.stored.notifications)
  })
})

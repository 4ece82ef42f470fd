import { randomUUID } from 'node:crypto'

import { createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { afterAll, describe, expect, it, vi } from 'vitest'

import { emptyReport } from '@content-import/report'
import { failureText } from '@content-import/write/failure'
import type { ImportOptions } from '@content-import/run'
import { DeferredInserts } from '@content-import/write/deferred-inserts'
import { FileWriter } from '@content-import/write/file-writer'
import { usePayload } from '@tests/support/boot'
import { richText } from '@tests/support/site-api'

/**
 * The import holds the rows of a file's new documents and writes them when the file is done,
 * one INSERT per table (content-import/write/deferred-inserts.ts). That module relies on three
 * things of Payload's drizzle adapter; each test below fails, and says which, when one changes:
 * its `upsertRow` writes every row through `adapter.insert`; a new row's id can be chosen before
 * it is written; `adapter.rawTables` names each table's foreign keys. Transactions on, as the
 * import's command line runs SQLite (ROTA_SQLITE_TRANSACTIONS): only then are rows held.
 */
process.env.ROTA_SQLITE_TRANSACTIONS = '1'
const ctx = usePayload()
afterAll(() => {
  delete process.env.ROTA_SQLITE_TRANSACTIONS
})

const options: ImportOptions = { locale: 'tr', status: 'published' }

/** A file's writer inside a transaction of its own, as a batch of the import gives it. */
async function fileInTransaction(payload: Payload): Promise<{ writer: FileWriter; req: PayloadRequest }> {
  const req = await createLocalReq({ locale: 'tr', context: { disableRevalidate: true } }, payload)
  expect(await initTransaction(req), 'SQLite transactions on').toBe(true)
  return { writer: new FileWriter(payload, req, options, emptyReport(), () => 'unused', true), req }
}

const resource = (payload: Payload, writer: FileWriter, url: string) =>
  writer.createDirect('resources', { url, title: `Rehber ${url}`, kind: 'web', publisher: 'example.org' }, ['title'])

const stored = (payload: Payload, collection: 'resources' | 'advice' | 'choices', id: string) =>
  payload.find({ collection, where: { id: { equals: id } }, depth: 0, pagination: false }).then((r) => r.docs)

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')("a file's new documents, written together", () => {
  it('are held until the file is done, then written with one INSERT per table, and Payload reads them whole', async () => {
    const { payload } = ctx
    const { writer, req } = await fileInTransaction(payload)
    // The libsql transaction drizzle runs the file's statements on: its INSERTs are counted.
    type Execute = (statement: { sql: string }) => Promise<unknown>
    const tx = (
      payload.db as unknown as { sessions: Record<string, { db: { session: { tx: { execute: Execute } } } }> }
    ).sessions[String(req.transactionID)].db.session.tx
    const execute = vi.spyOn(tx, 'execute')
    const inserts = () => execute.mock.calls.filter(([statement]) => /^\s*insert/i.test(statement.sql)).length
    const ids = [
      await resource(payload, writer, 'https://example.org/birlikte-1'),
      await resource(payload, writer, 'https://example.org/birlikte-2'),
      await resource(payload, writer, 'https://example.org/birlikte-3'),
    ]
    expect(
      inserts(),
      "Payload's drizzle adapter wrote a row at once: its upsertRow no longer writes rows through adapter.insert",
    ).toBe(0)
    await writer.finish()
    // The resources, their language rows, their versions, the versions' language rows, their
    // publishing states: five statements for three documents (fifteen, one per row, before).
    expect(inserts()).toBe(5)
    execute.mockRestore()
    await payload.db.commitTransaction(req.transactionID!)

    for (const id of ids) {
      const [doc] = await stored(payload, 'resources', id)
      expect(doc, 'the id upsertRow was handed back is the stored one').toMatchObject({ id, _status: 'published' })
      expect(doc.title).toMatch(/^Rehber https:\/\/example\.org\/birlikte-\d$/)
      const versions = await payload.findVersions({ collection: 'resources', where: { parent: { equals: id } } })
      expect(versions.docs.map((v) => [v.latest, v.version.title])).toEqual([[true, doc.title]])
    }
    const states = await payload.find({
      collection: 'publishing-states',
      where: { document: { in: ids } },
      pagination: false,
    })
    expect(states.totalDocs).toBe(3)
  })

  it('writes the tables pointed at before those pointing at them (adapter.rawTables: foreign keys and column references)', async () => {
    const { payload } = ctx
    const question = await payload.create({
      collection: 'questions',
      data: { number: 77, text: 'Bekletilen yazımlar?', _status: 'published' },
      context: { disableRevalidate: true },
    })
    const req = await createLocalReq({ locale: 'tr' }, payload)
    const [adviceId, choiceId, resourceId] = [randomUUID(), randomUUID(), randomUUID()]
    const create = (collection: 'advice' | 'choices' | 'resources', id: string, data: Record<string, unknown>) =>
      payload.db.create({ collection, data: { ...data, id, _status: 'draft' }, customID: id, req, returning: false })
    // The advice is held first, the choice and the resource it points at after it: SQLite checks
    // every reference at once, so the choice's and the resource's rows must be written first.
    const deferred = new DeferredInserts(payload)
    await deferred.hold(async () => {
      await create('advice', adviceId, {
        choice: choiceId,
        resources: [resourceId],
        body: { tr: richText('Önce kaynak, sonra reçete.') },
        questionNumber: 77,
        choiceNumber: 1,
        title: 'Soru 77 · Seçenek 1',
      })
      await create('choices', choiceId, {
        question: question.id,
        number: 1,
        label: { tr: 'Evet.' },
        questionNumber: 77,
      })
      await create('resources', resourceId, { url: 'https://example.org/once-kaynak', title: { tr: 'Kaynak' } })
    })
    expect(await stored(payload, 'advice', adviceId), 'held, not written yet').toEqual([])
    await deferred.flush()
    const [advice] = await stored(payload, 'advice', adviceId)
    expect(advice).toMatchObject({ choice: choiceId, resources: [resourceId] })
    expect((await stored(payload, 'choices', choiceId)).length).toBe(1)
  })

  it("fail the whole file when the database refuses one of them, and leave none of the file's rows", async () => {
    const { payload } = ctx
    const taken = 'https://example.org/alinmis'
    {
      const { writer, req } = await fileInTransaction(payload)
      await resource(payload, writer, taken)
      await writer.finish()
      await payload.db.commitTransaction(req.transactionID!)
    }
    const before = (await payload.count({ collection: 'resources' })).totalDocs
    const { writer, req } = await fileInTransaction(payload)
    // Another writer took the address after the import read what the CMS holds.
    await resource(payload, writer, 'https://example.org/yeni-ama-ayni-dosyada')
    await resource(payload, writer, taken)
    const refused = await writer.finish().then(
      () => null,
      (error: unknown) => error,
    )
    // What the import's report then says of the file.
    expect(failureText(refused)).toContain('resources.url benzersiz olmalı')
    await killTransaction(req)
    expect((await payload.count({ collection: 'resources' })).totalDocs).toBe(before)
  })
})

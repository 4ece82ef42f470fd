import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { importContent } from '@content-import/import'
import { enDir, trDir } from '@tests/fixtures/import'
import { usePayload } from '@tests/support/boot'
import { contentCollections, deleteAllContent } from '@tests/support/import'

/**
 * The import writes new choices, advice and resources straight through the database adapter
 * (content-import/write/file-writer.ts, createDirect), beneath Payload's operations, computing
 * what the collections' hooks would add. Here the same files are imported both ways, that way and
 * through Payload's create operation, and every document, in every language, and every version
 * row must come out the same, field by field.
 */
const ctx = usePayload()

type Doc = Record<string, unknown> & { id: string }

/** A document's name that is the same in both runs (ids are not). */
function naturalKey(collection: string, doc: Doc): string {
  const localized = (value: unknown) => (value as Record<string, string> | undefined)?.tr
  switch (collection) {
    case 'areas':
      return `area ${localized(doc.title)}`
    case 'questions':
      return `question ${doc.number}`
    case 'choices':
      return `choice ${doc.questionNumber}.${doc.number}`
    case 'advice':
      return `advice ${doc.questionNumber}.${doc.choiceNumber}`
    default:
      return `resource ${doc.url}`
  }
}

/**
 * Run-bound values: when it was written, the ids the editor's rich text gives its nodes, and the
 * hash of a document's stored content (a question's includes its area's id).
 */
const runBound = new Set(['id', 'createdAt', 'updatedAt', 'importedAt', 'contentHash'])

function normalise(value: unknown, names: Map<string, string>): unknown {
  if (typeof value === 'string') return names.get(value) ?? value
  if (Array.isArray(value)) return value.map((item) => normalise(item, names))
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !runBound.has(key))
        .map(([key, item]) => [key, normalise(item, names)]),
    )
  return value
}

/** Every content document and version, in every language, named by natural keys instead of ids. */
async function snapshot(payload: Payload) {
  const names = new Map<string, string>()
  const read: Array<{ collection: string; docs: Doc[]; versions: Doc[] }> = []
  for (const collection of contentCollections) {
    const { docs } = await payload.find({ collection, locale: 'all', depth: 0, pagination: false })
    const { docs: versions } = await payload.findVersions({
      collection,
      locale: 'all',
      depth: 0,
      pagination: false,
      sort: 'createdAt',
    })
    for (const doc of docs as unknown as Doc[]) names.set(doc.id, naturalKey(collection, doc))
    read.push({ collection, docs: docs as unknown as Doc[], versions: versions as unknown as Doc[] })
  }
  return Object.fromEntries(
    read.map(({ collection, docs, versions }) => [
      collection,
      {
        docs: Object.fromEntries(docs.map((doc) => [names.get(doc.id)!, normalise(doc, names)])),
        versions: versions
          .map((version) => normalise(version, names) as Record<string, unknown>)
          .sort((a, b) => String(a.parent).localeCompare(String(b.parent))),
      },
    ]),
  )
}

async function importBothLanguages(throughOperations: boolean) {
  await deleteAllContent(ctx.payload)
  await importContent(ctx.payload, [trDir], { locale: 'tr', status: 'published', throughOperations })
  await importContent(ctx.payload, [enDir], { locale: 'en', status: 'draft', throughOperations })
  return snapshot(ctx.payload)
}

describe("the import's direct writes", () => {
  it("store the same documents, languages and version rows as Payload's create operation", async () => {
    const direct = await importBothLanguages(false)
    const throughOperations = await importBothLanguages(true)
    expect(Object.keys(direct.resources.docs).length).toBeGreaterThan(10)
    expect(Object.keys(direct.advice.docs).length).toBeGreaterThan(5)
    for (const collection of contentCollections) {
      expect(direct[collection].docs, `${collection}: documents`).toEqual(throughOperations[collection].docs)
      expect(direct[collection].versions, `${collection}: versions`).toEqual(throughOperations[collection].versions)
    }
  })
})

import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { importContent } from '@content-import/import'
import { enDir, trDir } from '@tests/fixtures/import'
import { usePayload } from '@tests/support/boot'
import { contentSnapshot } from '@tests/support/content-snapshot'
import { contentCollections, deleteAllContent } from '@tests/support/import'

/**
 * The import writes new choices, advice and resources straight through the database adapter
 * (content-import/write/file-writer.ts, createDirect), beneath Payload's operations, computing
 * what the collections' hooks would add. Here the same files are imported both ways, that way and
 * through Payload's create operation, and every document, in every language, and every version
 * row must come out the same, field by field.
 */
const ctx = usePayload()

/**
 * Run-bound values: when it was written, the ids the editor's rich text gives its nodes, and the
 * hash of a document's stored content (a question's includes its area's id).
 */
const runBound = new Set(['id', 'createdAt', 'updatedAt', 'importedAt', 'contentHash'])

/** Every content document and version, in every language, named by natural keys instead of ids. */
const snapshot = async (payload: Payload) => (await contentSnapshot(payload, (key) => runBound.has(key))).collections

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

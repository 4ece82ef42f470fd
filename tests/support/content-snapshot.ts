import type { Payload } from 'payload'

import { contentCollections } from '@tests/support/import'

/**
 * Every content document and version, in every language, with ids replaced by names that are
 * the same in two runs, for tests that write the same content two ways and compare the results
 * field by field (the import's direct writes, the XLIFF import's batches). `runBound` names the
 * keys whose values belong to one run (ids, times, hashes that hold ids): they are left out.
 */
type Doc = Record<string, unknown> & { id: string }
export type RunBound = (key: string) => boolean

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

/** `value` with every id named and every run-bound key left out, however deep. */
export function normalise(value: unknown, names: Map<string, string>, runBound: RunBound): unknown {
  if (typeof value === 'string') return names.get(value) ?? value
  if (Array.isArray(value)) return value.map((item) => normalise(item, names, runBound))
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !runBound(key))
        .map(([key, item]) => [key, normalise(item, names, runBound)]),
    )
  return value
}

/** Per content collection its documents by name and its versions in order; `names` for other rows. */
export async function contentSnapshot(payload: Payload, runBound: RunBound) {
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
    for (const doc of docs as unknown as Doc[]) names.set(String(doc.id), naturalKey(collection, doc))
    read.push({ collection, docs: docs as unknown as Doc[], versions: versions as unknown as Doc[] })
  }
  const collections = Object.fromEntries(
    read.map(({ collection, docs, versions }) => [
      collection,
      {
        docs: Object.fromEntries(docs.map((doc) => [names.get(String(doc.id))!, normalise(doc, names, runBound)])),
        versions: versions
          .map((version) => normalise(version, names, runBound) as Record<string, unknown>)
          .sort((a, b) => String(a.parent).localeCompare(String(b.parent))),
      },
    ]),
  ) as Record<string, { docs: Record<string, unknown>; versions: Record<string, unknown>[] }>
  return { names, collections }
}

import type { CollectionSlug, PayloadRequest } from 'payload'

import type { TranslationState as Row } from '@payload-types'

type Values = Record<string, unknown>

/** What Payload's update operation and the hooks after it read per document, read here for many at once. */
export type DraftReads = {
  /** The newest version marked latest, as Payload's update starts from it (the live row where there is none). */
  latest: Map<string, Values>
  /** The main table's row, as readers see it. */
  live: Map<string, Values>
  /** The translation-state rows by document, then by language. */
  translationRows: Map<string, Map<string, Row>>
  /** The stored publishing state's row id by document. */
  publishingRows: Map<string, string>
  /** Each document's versions' dates, newest first: what the max-versions limit looks at. */
  versionDates: Map<string, string[]>
}

const group = <T>(rows: T[], key: (row: T) => string) => {
  const byKey = new Map<string, T[]>()
  for (const row of rows) byKey.set(key(row), [...(byKey.get(key(row)) ?? []), row])
  return byKey
}

/**
 * Five queries for all of one collection's documents in a file, where Payload's update
 * operation and the hooks after it read about eleven per document (bench:xliff): the latest
 * version and the live row in every language, the translation-state rows, the publishing
 * state's row, and the versions' dates.
 */
export async function readForDrafts(
  req: PayloadRequest,
  collection: CollectionSlug,
  ids: string[],
): Promise<DraftReads> {
  const db = req.payload.db
  const byParent = { parent: { in: ids } }
  const [live, latest, dates, translation, publishing] = await Promise.all([
    db.find<Values & { id: string }>({
      collection,
      where: { id: { in: ids } },
      locale: 'all',
      // A join's list of related documents is in neither the version nor the comparisons.
      joins: false as never,
      pagination: false,
      req,
    }),
    db.findVersions({
      collection,
      where: { and: [byParent, { latest: { equals: true } }] },
      locale: 'all',
      pagination: false,
      sort: '-updatedAt',
      req,
    }),
    db.findVersions({
      collection,
      where: byParent,
      select: { parent: true, updatedAt: true } as never,
      pagination: false,
      sort: '-updatedAt',
      req,
    }),
    db.find<Row>({
      collection: 'translation-states',
      where: { and: [{ scope: { equals: collection } }, { document: { in: ids } }] },
      pagination: false,
      req,
    }),
    db.find<{ id: string; document: string }>({
      collection: 'publishing-states',
      where: { and: [{ scope: { equals: collection } }, { document: { in: ids } }] },
      select: { document: true } as never,
      pagination: false,
      req,
    }),
  ])
  const reads: DraftReads = {
    latest: new Map(),
    live: new Map(live.docs.map((doc) => [String(doc.id), doc as Values])),
    translationRows: new Map(),
    publishingRows: new Map(publishing.docs.map((row) => [String(row.document), String(row.id)])),
    versionDates: new Map(),
  }
  // Sorted newest first: the first one per document is the one Payload's update reads.
  for (const version of latest.docs) {
    const parent = String(version.parent)
    if (!reads.latest.has(parent)) reads.latest.set(parent, { ...(version.version as Values), id: parent })
  }
  for (const id of ids) if (!reads.latest.has(id) && reads.live.has(id)) reads.latest.set(id, reads.live.get(id)!)
  for (const [parent, versions] of group(dates.docs, (v) => String(v.parent)))
    reads.versionDates.set(
      parent,
      versions.map((v) => String(v.updatedAt)),
    )
  for (const [document, rows] of group(translation.docs, (row) => String(row.document)))
    reads.translationRows.set(document, new Map(rows.map((row) => [row.locale, row])))
  return reads
}

/**
 * The numbers the collections' own hooks copy from a relation (collections/Choices/hooks.ts,
 * collections/Advice/hooks.ts), read once for all of a file's documents: a choice's question
 * number, an advice's question and choice numbers, by the related document's id.
 */
export async function relatedNumbers(
  req: PayloadRequest,
  collection: 'questions' | 'choices',
  ids: string[],
): Promise<Map<string, { questionNumber?: number; number?: number }>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.db.find<{ id: string; number?: number | null; questionNumber?: number | null }>({
    collection,
    where: { id: { in: ids } },
    select: (collection === 'choices' ? { questionNumber: true, number: true } : { number: true }) as never,
    pagination: false,
    req,
  })
  return new Map(
    docs.map((doc) => [
      String(doc.id),
      collection === 'choices'
        ? { questionNumber: doc.questionNumber ?? undefined, number: doc.number ?? undefined }
        : { questionNumber: doc.number ?? undefined },
    ]),
  )
}

import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { hookedAndValidated, inLanguage, localizedFields } from '@/cms/drafts/draft-fields'
import { readForDrafts, relatedNumbers, type DraftReads } from '@/cms/drafts/draft-reads'
import { stampAuthor } from '@/cms/fields/history'
import { notifyOfChanges } from '@/cms/notifications/events'
import { comparedStates } from '@/cms/publishing/publishing-state'
import { reviewRules } from '@/cms/review/rules'
import { clearDoneByHand } from '@/cms/schedules/hooks'
import { translatedFields } from '@/cms/translation-status/hooks'
import { recordTranslationStates } from '@/cms/translation-status/record'
import { relationId } from '@/shared/relation-id'
import { publishingStateKey } from '@/shared/states/publishing-states'
import { leftOutdatedContext } from '@/shared/states/translation-states'
import { adviceTitle, choiceTitle } from '@/shared/text/titles'

/*
 * Drafts of translations saved beneath Payload's update operation, a file's documents at once:
 * the XLIFF import's transactional path (docs/decisions/012-xliff-drafts-in-batches.md). What the
 * operation and the collections' hooks do for such a save is done here with the same functions,
 * with the reads batched per collection; tests/integration/import/xliff-draft-batch.test.ts
 * holds it to storing what the operation stores.
 */

type Values = Record<string, unknown>

/** One document's new text in the request's language: what the import would pass to `payload.update`. */
export type DraftWrite = { collection: CollectionSlug; id: string; data: Values; madeFrom: string | null }

/**
 * The collections saved here: questions, their choices and advice (all but a few documents of a
 * site). Areas take the operation: their slug is computed from the title by a field hook.
 * The uniqueness the collections' hooks check (a question's number, a choice's number in its
 * question, one advice per choice) is of fields a translation never writes; the database's
 * unique indexes stand behind it still.
 */
export const draftBatchCollections: readonly CollectionSlug[] = ['questions', 'choices', 'advice']

type Prepared = {
  write: DraftWrite
  config: SanitizedCollectionConfig
  reads: DraftReads
  data: Values
  previous: Values
  version: Values
}

/** The numbers and title the collection's own beforeChange hook computes (collections/<Slug>/hooks.ts). */
async function withNumbers(req: PayloadRequest, writes: Array<{ write: DraftWrite; previous: Values; data: Values }>) {
  const relatedOf = (collection: string) => (collection === 'choices' ? 'question' : 'choice')
  for (const collection of ['choices', 'advice'] as const) {
    const mine = writes.filter((w) => w.write.collection === collection)
    const ids = [
      ...new Set(mine.map((w) => relationId(w.data[relatedOf(collection)] ?? w.previous[relatedOf(collection)]))),
    ].filter((id): id is string => Boolean(id))
    const numbers = await relatedNumbers(req, collection === 'choices' ? 'questions' : 'choices', ids)
    for (const w of mine) {
      const related = relationId(w.data[relatedOf(collection)] ?? w.previous[relatedOf(collection)])
      if (!related) continue
      const { questionNumber, number } = numbers.get(related) ?? {}
      if (collection === 'advice') {
        Object.assign(w.data, { questionNumber, choiceNumber: number, title: adviceTitle(questionNumber, number) })
        continue
      }
      const own = w.data.number ?? w.previous.number
      if (typeof own !== 'number') continue
      const label = typeof w.data.label === 'string' ? w.data.label : ''
      Object.assign(w.data, { questionNumber, title: choiceTitle(questionNumber, own, label) })
    }
  }
}

/**
 * Everything that can refuse a document, before anything is written: the collections' hooks
 * before the change, the written fields' hooks and validation. A refused document throws the
 * ValidationError Payload's update would have thrown.
 */
async function prepare(req: PayloadRequest, writes: DraftWrite[]): Promise<Prepared[]> {
  const locale = String(req.locale)
  const readsBy = new Map<string, DraftReads>()
  for (const collection of new Set(writes.map((w) => w.collection)))
    readsBy.set(
      collection,
      await readForDrafts(
        req,
        collection,
        writes.filter((w) => w.collection === collection).map((w) => w.id),
      ),
    )
  const staged = writes.map((write) => {
    const config = req.payload.collections[write.collection].config
    const reads = readsBy.get(write.collection)!
    const original = reads.latest.get(write.id)
    if (!original) throw new Error(`${write.collection} ${write.id} bulunamadı.`)
    const previous = { ...inLanguage(original, localizedFields(config), locale), id: write.id }
    return { write, config, reads, original, previous, data: { ...write.data, _status: 'draft' } as Values }
  })
  for (const s of staged) {
    const args = {
      collection: s.config,
      context: req.context,
      operation: 'update' as const,
      originalDoc: s.previous,
      req,
    }
    for (const hook of [reviewRules, clearDoneByHand, stampAuthor])
      s.data = (await hook({ ...args, data: s.data })) ?? s.data
  }
  await withNumbers(req, staged)
  const prepared: Prepared[] = []
  for (const s of staged) {
    const data = await hookedAndValidated(req, s.config, s.write.id, s.data, s.previous)
    const localized = localizedFields(s.config)
    const version: Values = structuredClone(s.original)
    delete version.id
    for (const [key, value] of Object.entries(data))
      version[key] = localized.has(key) ? { ...((version[key] as Values | null) ?? {}), [locale]: value } : value
    prepared.push({ write: s.write, config: s.config, reads: s.reads, data, previous: s.previous, version })
  }
  return prepared
}

/** The version as Payload's saveVersion stores it, and the oldest ones beyond the collection's limit removed. */
async function saveVersion(req: PayloadRequest, p: Prepared, now: string) {
  const { collection, id } = p.write
  await req.payload.db.createVersion({
    collectionSlug: collection,
    parent: id,
    versionData: p.version as never,
    createdAt: now,
    updatedAt: now,
    autosave: false,
    req,
    returning: false,
  })
  const max = typeof p.config.versions === 'object' ? p.config.versions.maxPerDoc : 0
  const dates = [now, ...(p.reads.versionDates.get(id) ?? [])]
  // As enforceMaxVersions: the first version past the limit and all older ones go.
  if (max && dates.length > max)
    await req.payload.db.deleteVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { updatedAt: { less_than_equal: dates[max] } }] },
      req,
    })
}

/** The publishing state as the afterChange hook stores it (src/cms/publishing/publishing-state-hooks.ts). */
async function storePublishingState(
  req: PayloadRequest,
  p: Prepared,
  live: Values | null,
  newest: Values,
  now: string,
) {
  const { collection, id } = p.write
  const state = (await comparedStates(req, collection, [id], new Map([[id, { live, newest }]]))).get(id)
  if (!state) return
  const row = p.reads.publishingRows.get(id)
  const data = { key: publishingStateKey(collection, id), scope: collection, document: id, ...state, updatedAt: now }
  if (row) await req.payload.db.updateOne({ collection: 'publishing-states', id: row, data, req, returning: false })
  else
    await req.payload.db.create({
      collection: 'publishing-states',
      data: { ...data, createdAt: now },
      req,
      returning: false,
    })
}

/**
 * Saves the drafts of a file's questions, choices and advice in the request's language, inside the
 * request's transaction, as Payload's update operation with `draft: true` would: all refused
 * before any is written if one is, then per document its new version, its edit lock removed,
 * the oldest versions beyond the limit, its translation states and publishing state, and the
 * notifications they lead to (after the commit, as the hooks queue them).
 */
export async function saveDraftsInBatch(req: PayloadRequest, writes: DraftWrite[]): Promise<void> {
  if (writes.length === 0) return
  // What the publishing rules mark on a draft save (src/cms/hooks/publishing.ts): no activity, no revalidation.
  req.context.savingDraft = true
  const prepared = await prepare(req, writes)
  const locale = String(req.locale)
  for (const collection of new Set(writes.map((w) => w.collection)))
    await req.payload.db.deleteMany({
      collection: 'payload-locked-documents',
      where: {
        and: [
          { 'document.relationTo': { equals: collection } },
          { 'document.value': { in: writes.filter((w) => w.collection === collection).map((w) => w.id) } },
        ],
      },
      req,
    })
  for (const p of prepared) {
    const { collection, id } = p.write
    const now = new Date().toISOString()
    p.version.updatedAt = now
    await saveVersion(req, p, now)
    const live = p.reads.live.get(id) ?? null
    const newest = p.version
    const fields = translatedFields(p.config.fields)
    if (fields) {
      const states = await recordTranslationStates(req, { collection, id }, fields, {
        ...(p.write.madeFrom ? { madeFrom: { locale, hash: p.write.madeFrom } } : {}),
        read: Promise.resolve({ live, newest }),
        rows: p.reads.translationRows.get(id) ?? new Map(),
      })
      if (p.write.madeFrom && states[locale] === 'outdated')
        req.context[leftOutdatedContext] = [...((req.context[leftOutdatedContext] as string[]) ?? []), collection]
    }
    await storePublishingState(req, p, live, newest, now)
    // The document as the import's update hands it to the hooks after it: read back with
    // `select: { id: true }` (content-import/write/file-writer.ts), so its id alone.
    const doc = { id }
    await notifyOfChanges({
      collection: p.config,
      context: req.context,
      data: p.data,
      doc,
      operation: 'update',
      previousDoc: p.previous,
      req,
    })
  }
}

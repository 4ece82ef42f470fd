import type { Payload, Where } from 'payload'

import { MemoryIndex, type MemoryEntry, type MemoryMatch } from '@/cms/translation-memory/memory-index'
import { memoryCollection } from '@/cms/translation-memory/remember'
import { translationLocales } from '@/cms/translation-status/read'

type Row = Omit<MemoryEntry, 'id' | 'publishedAt'> & {
  id: string | number
  locale: string
  publishedAt: string | Date
  updatedAt: string | Date
}

type Held = {
  index: MemoryIndex
  count: number
  newest: string | null
  /** The newest change in any language when the index was last brought up to date. */
  stamp: string | null
  turn: Promise<unknown>
}

const asIso = (value: string | Date) => new Date(value).toISOString()
const select = {
  source: true,
  target: true,
  scope: true,
  document: true,
  field: true,
  locale: true,
  publishedAt: true,
  updatedAt: true,
} as const

/**
 * Pairs read and put into an index read whole per turn of the event loop: reading 20,000 at
 * once holds every other request up for half a second (SQLite answers synchronously), putting
 * them for as long again; 1,000 cost some 50 ms on a loaded machine.
 */
const rowsPerTurn = 1_000

/** Each Payload instance's indexes, one per language, built on first use (or by `warmMemoryIndexes`). */
const held = new WeakMap<Payload, Map<string, Held>>()

async function rows(payload: Payload, where: Where): Promise<Row[]> {
  const { docs } = await payload.db.find<Row>({ collection: memoryCollection, where, select, pagination: false })
  return docs
}

/**
 * The language's pairs, read `rowsPerTurn` at a time in the order of their ids, each read going
 * on after the last id read (so a pair deleted meanwhile cannot make another one be passed
 * over). The other languages' pairs are read too and passed over here: asked for one language,
 * SQLite takes its rows by the language's index and sorts them all for every slice (1.2 s
 * instead of 0.7 s for 20,000 alone).
 */
async function* slices(payload: Payload, locale: string): AsyncGenerator<Row[]> {
  for (let after: Row['id'] | null = null; ;) {
    const { docs }: { docs: Row[] } = await payload.db.find<Row>({
      collection: memoryCollection,
      where: after === null ? {} : { id: { greater_than: after } },
      select,
      sort: 'id',
      limit: rowsPerTurn,
      pagination: false,
    })
    yield docs.filter((row) => row.locale === locale)
    if (docs.length < rowsPerTurn) return
    after = docs[docs.length - 1].id
  }
}

const entryOf = (row: Row): MemoryEntry => ({
  id: String(row.id),
  source: row.source,
  target: row.target,
  scope: row.scope,
  document: row.document,
  field: row.field,
  publishedAt: asIso(row.publishedAt),
})

/** The newest change in any language (the date's own index answers it). */
async function newestChange(payload: Payload): Promise<string | null> {
  const { docs } = await payload.db.find<{ updatedAt: string | Date }>({
    collection: memoryCollection,
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    select: { updatedAt: true },
  })
  return docs[0] ? asIso(docs[0].updatedAt) : null
}

/**
 * Brings the language's index up to the database: every lookup asks for the number of pairs in
 * the language and the newest change in any language (two indexed reads, about 2 ms over 20,000
 * pairs), so a pair another instance remembered a moment ago is offered here too. Only after the
 * newest change anywhere moved (which a change here moves too, as long as changes are stamped
 * later than those before them) are the language's pairs changed since its newest seen read,
 * and its newest taken from them: asked for alone, it cannot come from an index (there is none
 * on language and date together: SQLite sorts the language's rows, 40 ms over 20,000). When the
 * numbers then disagree (pairs were forgotten with a deleted document) the index is read again
 * whole.
 */
async function refresh(payload: Payload, locale: string, state: Held) {
  const inLocale: Where = { locale: { equals: locale } }
  const [{ totalDocs }, stamp] = await Promise.all([
    payload.db.count({ collection: memoryCollection, where: inLocale }),
    newestChange(payload),
  ])
  if (totalDocs === state.count && stamp === state.stamp) return
  let newest = state.newest
  if (state.newest) {
    // Changed at the same millisecond as the newest seen may not have been read then.
    const changed = await rows(payload, { and: [inLocale, { updatedAt: { greater_than_equal: state.newest } }] })
    for (const row of changed) {
      state.index.put(entryOf(row))
      if (asIso(row.updatedAt) > (newest ?? '')) newest = asIso(row.updatedAt)
    }
  }
  if (!state.newest || state.index.size !== totalDocs) {
    // Built aside and put in place whole; other requests answer between slices of it.
    const index = new MemoryIndex()
    newest = null
    for await (const slice of slices(payload, locale)) {
      for (const row of slice) {
        index.put(entryOf(row))
        if (asIso(row.updatedAt) > (newest ?? '')) newest = asIso(row.updatedAt)
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
    state.index = index
  }
  state.count = totalDocs
  state.newest = newest
  state.stamp = stamp
}

/**
 * The language's memory as the database holds it now, to look many texts up in at once (the
 * XLIFF export: one refresh for the whole export, not two reads per unit). Look up in it
 * before awaiting anything else: a later refresh may change or replace it.
 */
export async function memoryIndex(payload: Payload, locale: string): Promise<MemoryIndex> {
  let languages = held.get(payload)
  if (!languages) held.set(payload, (languages = new Map()))
  let state = languages.get(locale)
  if (!state) {
    state = { index: new MemoryIndex(), count: 0, newest: null, stamp: null, turn: Promise.resolve() }
    languages.set(locale, state)
  }
  const current = state
  // One refresh at a time per language: lookups arriving together wait for the same one.
  const turn = current.turn.then(() => refresh(payload, locale, current))
  current.turn = turn.catch(() => undefined)
  await turn
  return current.index
}

/**
 * The remembered translations into `locale` of Turkish paragraphs like `text` (at least
 * `minimumScore` %), best first: what the edit form offers and the XLIFF export carries as
 * candidates. The caller bounds `text` and checks `locale` (the endpoint does).
 */
export async function lookupMemory(payload: Payload, locale: string, text: string, limit = 5): Promise<MemoryMatch[]> {
  return (await memoryIndex(payload, locale)).lookup(text, limit)
}

/**
 * Reads every translated language's memory in the serving app once it has started
 * (payload.config.ts, `onInit`), so that the first translator after a restart does not wait
 * for 20,000 pairs to be read (1–4 s). Not awaited by the start; a lookup meanwhile waits for the
 * same read (one refresh at a time per language) and answers from the whole memory.
 */
export async function warmMemoryIndexes(payload: Payload): Promise<void> {
  for (const locale of translationLocales()) {
    try {
      await memoryIndex(payload, locale)
    } catch (error) {
      // The first lookup tries again.
      payload.logger.warn({ msg: `translation memory (${locale}) not read at start`, err: (error as Error).message })
    }
  }
}

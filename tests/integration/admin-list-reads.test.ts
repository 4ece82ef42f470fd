import { createHook } from 'node:async_hooks'

import Database from 'libsql'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'

/**
 * What patches/payload+….patch changes in Payload's `find`, which every admin list goes through
 * (docs/development/benchmarks.md, bench:admin): the documents someone has open are found among
 * the collection's live locks, not with an `IN` list of the page's ids for each of the 18
 * lockable collections; and a field the `select` leaves out (a list reads its columns only) is
 * dropped without an async call per field and document. If an upgrade drops the patch, the
 * tests that name it fail; the others hold what a list shows.
 */
const ctx = usePayload()
let cast: Cast
const advice: string[] = []
const choices: string[] = []

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  for (const number of [31, 32, 33]) {
    const created = await createPublishedAdvice(ctx.payload, number)
    advice.push(String(created.advice.id))
    choices.push(String(created.choice.id))
  }
})

const lock = (relationTo: 'advice' | 'choices', value: string) =>
  ctx.payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo, value }, globalSlug: null, user: { relationTo: 'users', value: cast.editor.id } },
  })

type Listed = { id: string; _isLocked?: boolean; _userEditing?: string | { id: string } | null }
const list = async () => {
  const { docs } = await ctx.payload.find({
    collection: 'advice',
    where: { id: { in: advice } },
    select: { title: true },
    includeLockStatus: true,
    user: cast.admin,
    overrideAccess: false,
  })
  return new Map((docs as Listed[]).map((doc) => [doc.id, doc]))
}
const editingId = (doc?: Listed) =>
  typeof doc?._userEditing === 'object' && doc._userEditing ? doc._userEditing.id : doc?._userEditing

describe('an admin list marks the documents someone has open', () => {
  const statements = Database.prototype as unknown as { prepare: (this: object, sql: string) => unknown }
  const prepare = statements.prepare
  afterEach(() => {
    statements.prepare = prepare
  })

  it('the advice an editor has open is locked, with who; the others, and a choice’s lock, are not', async () => {
    const held = [await lock('advice', advice[1]), await lock('choices', choices[2])]
    const rows = await list()
    expect(rows.get(advice[1])?._isLocked).toBe(true)
    expect(editingId(rows.get(advice[1]))).toBe(cast.editor.id)
    expect(rows.get(advice[0])?._isLocked).toBe(false)
    expect(rows.get(advice[2])?._isLocked).toBe(false)
    expect(rows.get(advice[0])?._userEditing).toBeNull()
    for (const { id } of held) await ctx.payload.delete({ collection: 'payload-locked-documents', id })
    expect((await list()).get(advice[1])?._isLocked).toBe(false)
  })

  // The statements are SQLite's: MongoDB's adapter builds its queries otherwise.
  it.skipIf(process.env.TEST_DATABASE === 'mongodb')(
    'reads the locks without a list of the page’s ids (patched: one IN list per lockable collection before)',
    async () => {
      const prepared: string[] = []
      statements.prepare = function (sql) {
        prepared.push(sql)
        return prepare.call(this, sql)
      }
      const held = await lock('advice', advice[0])
      expect((await list()).get(advice[0])?._isLocked).toBe(true)
      await ctx.payload.delete({ collection: 'payload-locked-documents', id: held.id })
      const lockReads = prepared.filter((sql) => /^select .* from "payload_locked_documents"/.test(sql))
      expect(lockReads.filter((sql) => /"advice_id" in \(/.test(sql))).toEqual([])
    },
  )
})

describe('a read that selects some fields', () => {
  it('returns those fields and the id, nothing else', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'advice',
      where: { id: { in: advice } },
      select: { title: true, questionNumber: true },
      depth: 0,
    })
    expect(docs).toHaveLength(3)
    for (const doc of docs) expect(Object.keys(doc).sort()).toEqual(['id', 'questionNumber', 'title'])
  })

  it('with fields left out by name, returns every other field', async () => {
    const full = await ctx.payload.findByID({ collection: 'advice', id: advice[0], depth: 0 })
    const without = await ctx.payload.findByID({
      collection: 'advice',
      id: advice[0],
      depth: 0,
      select: { body: false, title: false },
    })
    expect(Object.keys(without).sort()).toEqual(
      Object.keys(full)
        .filter((key) => key !== 'body' && key !== 'title')
        .sort(),
    )
  })

  it('makes no async call for the fields it leaves out (patched: one per field and document before)', async () => {
    let promises = 0
    const hook = createHook({
      init: (_id, type) => {
        if (type === 'PROMISE') promises += 1
      },
    })
    const counted = async (ids: string[]) => {
      const read = () =>
        ctx.payload.find({ collection: 'advice', where: { id: { in: ids } }, depth: 0, select: { title: true } })
      await read()
      promises = 0
      hook.enable()
      const { docs } = await read()
      hook.disable()
      expect(docs).toHaveLength(ids.length)
      return promises
    }
    // What each further document costs: an advice has 28 fields, the read asks for one. Measured
    // on Payload 3.90: 64 promises per document unpatched, 22 patched.
    const perDocument = ((await counted(advice)) - (await counted(advice.slice(0, 1)))) / 2
    expect(perDocument).toBeLessThan(40)
  })
})

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readContentStamp } from '@/cms/instances/content-stamp'
import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'

/**
 * The shared content stamp is written after the publish's transaction commits, in a short write
 * of its own (src/cms/instances/content-stamp.ts, src/cms/instances/after-commit.ts): inside the transaction, two
 * publishes at the same moment wrote one document in two overlapping transactions, which on a
 * MongoDB replica set gave the second a WriteConflict and its editor an error. SQLite's writes
 * run in transactions here, as the import's do (ROTA_SQLITE_TRANSACTIONS), so the path taken is
 * the one MongoDB takes. This test also names what src/cms/instances/after-commit.ts relies on: Payload
 * commits and rolls back through the adapter's commitTransaction and rollbackTransaction.
 */
process.env.ROTA_SQLITE_TRANSACTIONS = '1'
const ctx = usePayload()
let cast: Cast

beforeAll(async () => {
  cast = await createCast(ctx.payload)
})
afterAll(() => {
  delete process.env.ROTA_SQLITE_TRANSACTIONS
})

const draftQuestion = async (number: number) =>
  (
    await ctx.payload.create({
      collection: 'questions',
      draft: true,
      locale: 'tr',
      data: { number, text: `Aynı anda yayımlanan soru ${number}` },
    })
  ).id

describe('the content stamp and a publish in a transaction', () => {
  it("is written after the publish's transaction commits, not inside it, and not at all when it rolls back", async () => {
    const id = await draftQuestion(801)
    const before = await readContentStamp(ctx.payload)
    const req = await createLocalReq({ user: cast.editor }, ctx.payload)
    expect(await initTransaction(req)).toBe(true)
    await ctx.payload.update({ collection: 'questions', id, locale: 'tr', data: { _status: 'published' }, req })
    // Inside the transaction, the publish is there and the stamp has not moved.
    const inside = await ctx.payload.findGlobal({ slug: 'content-stamp', req, overrideAccess: true })
    expect(inside.stamp ?? '').toBe(before)
    await commitTransaction(req)
    const after = await readContentStamp(ctx.payload)
    expect(after).not.toBe(before)

    const other = await draftQuestion(802)
    const rolledBack = await createLocalReq({ user: cast.editor }, ctx.payload)
    await initTransaction(rolledBack)
    await ctx.payload.update({
      collection: 'questions',
      id: other,
      locale: 'tr',
      data: { _status: 'published' },
      req: rolledBack,
    })
    await killTransaction(rolledBack)
    expect(await readContentStamp(ctx.payload)).toBe(after)
  })
})

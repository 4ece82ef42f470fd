import { describe, expect, it } from 'vitest'

import { lookupMemory, warmMemoryIndexes } from '@/cms/translation-memory/lookup'
import { usePayload } from '@tests/support/boot'

/**
 * The serving app reads the translation memory in the background after it starts
 * (payload.config.ts, `onInit`), in slices between which other requests answer. A lookup asked
 * meanwhile must answer from the whole memory, never from the part read so far.
 */
const ctx = usePayload()

const pairs = 5_000
const sourceOf = (i: number) => `Derneğimizin ${i}. toplantısında yıllık faaliyet raporu okundu ve onaylandı.`

async function remember(from: number, to: number, locale = 'en') {
  const transactionID = await ctx.payload.db.beginTransaction()
  const req = { transactionID: transactionID ?? undefined } as never
  for (let i = from; i < to; i++) {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
    await ctx.payload.db.create({
      collection: 'translation-memory-pairs',
      data: {
        key: `${locale}/advice/start-${i}/body/0`,
        locale,
        scope: 'advice',
        document: `start-${i}`,
        field: 'body',
        source: sourceOf(i),
        target: `${locale}: at our association's meeting ${i} the annual report was read and approved.`,
        publishedAt: at,
        updatedAt: at,
      },
      req,
      returning: false,
    })
  }
  if (transactionID) await ctx.payload.db.commitTransaction(transactionID)
}

describe('the memory read at start', () => {
  it('a lookup while it is being read answers from all of it, and one after sees pairs written since', async () => {
    await remember(0, pairs)
    // Another language's pairs are read in the same slices and must stay out of this one's index.
    await remember(0, 1, 'ku')
    const warming = warmMemoryIndexes(ctx.payload)
    // The last pair is among the last slice read: a half-read memory would not have it.
    const meanwhile = await lookupMemory(ctx.payload, 'en', sourceOf(pairs - 1), 1)
    expect(meanwhile).toEqual([
      expect.objectContaining({ score: 100, target: expect.stringContaining(`${pairs - 1}`) }),
    ])
    await warming
    const same = (await lookupMemory(ctx.payload, 'en', sourceOf(0), 10)).filter((m) => m.score === 100)
    expect(same.map((m) => m.target)).toEqual([
      "en: at our association's meeting 0 the annual report was read and approved.",
    ])
    await remember(pairs, pairs + 1)
    expect(await lookupMemory(ctx.payload, 'en', sourceOf(pairs), 1)).toEqual([
      expect.objectContaining({ score: 100, target: expect.stringContaining(`${pairs}`) }),
    ])
  })
})

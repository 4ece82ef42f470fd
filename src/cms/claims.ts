import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'

/** A claim held: its holder's token, to give it back with. */
export type Claim = { key: string; holder: string }

const collection = 'claims' as const

/**
 * Inserts the claim row, outside any transaction: a single insert is atomic by itself, and on
 * MongoDB two transactions inserting one key conflict (WriteConflict) instead of one simply
 * failing on the unique index.
 */
const insert = (payload: Payload, key: string, holder: string, expiresAt: Date) =>
  payload.create({
    collection,
    data: { key, holder, expiresAt: expiresAt.toISOString() },
    depth: 0,
    overrideAccess: true,
    disableTransaction: true,
  })

const current = async (payload: Payload, key: string) =>
  (
    await payload.find({
      collection,
      where: { key: { equals: key } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
  ).docs[0]

/**
 * Takes `key` for `holdMs` if nobody holds it: answers the claim, or null when another holds
 * it. The unique key decides, in the database, which of several instances trying at once wins;
 * there is no read-then-write here to race. A claim past its expiry is removed (by its id, so a
 * newer claim is never touched) and the insert tried again, which again only one wins. An
 * insert that fails with no claim to be seen (an error other than the key's) is tried a few
 * times, then its error is thrown.
 */
export async function takeClaim(
  payload: Payload,
  key: string,
  holdMs: number,
  now = new Date(),
): Promise<Claim | null> {
  const holder = randomUUID()
  const expiresAt = new Date(now.getTime() + holdMs)
  let lastError: unknown
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      await insert(payload, key, holder, expiresAt)
      return { key, holder }
    } catch (error) {
      lastError = error
    }
    const held = await current(payload, key)
    if (held) {
      if (Date.parse(held.expiresAt) > now.getTime()) return null
      await payload.delete({
        collection,
        where: { and: [{ id: { equals: held.id } }, { holder: { equals: held.holder } }] },
        overrideAccess: true,
        disableTransaction: true,
      })
      continue
    }
    await sleep(25 * (attempt + 1))
  }
  throw lastError
}

/** Gives a claim back, so that the key can be taken again at once (not only after its expiry). */
export async function releaseClaim(payload: Payload, claim: Claim): Promise<void> {
  await payload.delete({
    collection,
    where: { and: [{ key: { equals: claim.key } }, { holder: { equals: claim.holder } }] },
    overrideAccess: true,
    disableTransaction: true,
  })
}

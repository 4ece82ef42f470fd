import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload, Where } from 'payload'

/** A claim held: its holder's token, to give it back with. */
export type Claim = { key: string; holder: string }

const collection = 'claims' as const

/**
 * The claim row goes straight to the adapter (Payload's database API, the same on both): no
 * hooks or access to run, and no transaction. A single insert is atomic by itself, and on
 * MongoDB two transactions inserting one key conflict (WriteConflict) instead of one simply
 * failing on the unique index.
 */
const insert = (payload: Payload, key: string, holder: string, expiresAt: Date) =>
  payload.db.create({ collection, data: { key, holder, expiresAt: expiresAt.toISOString() } })

const current = async (payload: Payload, key: string) =>
  (await payload.db.findOne<{ id: string | number; holder: string; expiresAt: string }>({
    collection,
    where: { key: { equals: key } },
  })) ?? undefined

const remove = (payload: Payload, where: Where) => payload.db.deleteOne({ collection, where })

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
      await remove(payload, { and: [{ id: { equals: held.id } }, { holder: { equals: held.holder } }] })
      continue
    }
    await sleep(25 * (attempt + 1))
  }
  throw lastError
}

/** Gives a claim back, so that the key can be taken again at once (not only after its expiry). */
export async function releaseClaim(payload: Payload, claim: Claim): Promise<void> {
  await remove(payload, { and: [{ key: { equals: claim.key } }, { holder: { equals: claim.holder } }] })
}

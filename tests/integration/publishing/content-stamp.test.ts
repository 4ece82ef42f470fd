import { beforeAll, describe, expect, it, vi } from 'vitest'

import { readContentStamp } from '@/cms/instances/content-stamp'
import { signatureHeader, signRevalidation } from '@/shared/server/revalidate-signature'
import { createCast, createDraftOnlyAdvice, createPublishedAdvice } from '@tests/support/content'
import { paragraphs } from '@tests/support/lexical'
import { httpClient, tokenFor } from '@tests/support/http'
import { usePayload } from '@tests/support/boot'

/**
 * The shared content stamp that tells every app instance on one database that readers'
 * content changed (src/cli/content-watch.ts watches it): what moves it, what does not, and
 * who may see it.
 */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>

beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  http = httpClient(ctx.payload)
  await createCast(ctx.payload)
})

const stamp = () => readContentStamp(ctx.payload)

describe('the content stamp', () => {
  it('moves with every publish, and not with a draft save that readers cannot see', async () => {
    const before = await stamp()
    const { advice } = await createPublishedAdvice(ctx.payload, 71)
    const published = await stamp()
    expect(published).not.toBe(before)
    await ctx.payload.update({
      collection: 'advice',
      id: advice.id,
      draft: true,
      data: { body: paragraphs('Yalnızca taslak'), _status: 'draft' },
    })
    expect(await stamp()).toBe(published)
    await createDraftOnlyAdvice(ctx.payload, 72)
    expect(await stamp()).toBe(published)
    await ctx.payload.delete({ collection: 'advice', id: advice.id })
    expect(await stamp()).not.toBe(published)
  })

  it('is read by no one over REST or GraphQL, not even an administrator', async () => {
    const admin = await tokenFor(ctx.payload, 'admin@example.org')
    for (const token of [undefined, admin]) {
      expect((await http.rest('GET', 'globals/content-stamp', { token })).status).toBe(403)
      expect((await http.rest('POST', 'globals/content-stamp', { token, body: { stamp: 'x' } })).status).toBe(403)
    }
    const graphql = await http.graphql('{ ContentStamp { stamp } }', { token: admin })
    expect(JSON.stringify(graphql.json)).toMatch(/Cannot query field/)
  })
})

describe("an instance's watcher asking POST /api/revalidate", () => {
  const ask = (since: string, signature?: string) =>
    http.rest('POST', 'revalidate', {
      body: { since },
      headers: signature === undefined ? {} : { [signatureHeader]: signature },
    })

  it('gets the current stamp, signed only', async () => {
    const current = await stamp()
    const answer = await ask('older', signRevalidation(ctx.payload.secret))
    expect(answer).toMatchObject({ status: 200, json: { stamp: current } })
    expect((await ask('older')).status).toBe(401)
    expect((await ask('older', signRevalidation('another-secret'))).status).toBe(401)
  })

  it('the import’s request (no body) moves the stamp, so every instance refreshes', async () => {
    const before = await stamp()
    const answer = await http.rest('POST', 'revalidate', {
      headers: { [signatureHeader]: signRevalidation(ctx.payload.secret) },
    })
    expect(answer.status).toBe(200)
    expect(await stamp()).not.toBe(before)
  })
})

import { beforeAll, describe, expect, it, vi } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'

/**
 * A value already stored that cannot be read (a version written before writes were checked,
 * a hand edit of the database) makes no read fail: the document shows with that field empty
 * and one warning line. The two patches in patches/ do this (see its README); this test fails
 * if an upgrade of @payloadcms/drizzle or drizzle-orm drops them.
 */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>
let adminToken: string
let choiceId: string
let adviceId: string
const warnings: string[] = []

type Sqlite = { client: { execute: (sql: string) => Promise<unknown> } }
const sql = (statement: string) => (ctx.payload.db as unknown as Sqlite).client.execute(statement)

beforeAll(async () => {
  http = httpClient(ctx.payload)
  await createCast(ctx.payload)
  const { choice, advice } = await createPublishedAdvice(ctx.payload, 1)
  choiceId = String(choice.id)
  adviceId = String(advice.id)
  adminToken = await tokenFor(ctx.payload, 'admin@example.org')
  vi.spyOn(ctx.payload.logger, 'warn').mockImplementation(((entry: { msg?: string }) => {
    warnings.push(String(entry?.msg))
  }) as never)
  vi.spyOn(console, 'warn').mockImplementation((line: unknown) => void warnings.push(String(line)))
})

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('stored values that cannot be read (SQLite)', () => {
  it('an empty date in a choice and its versions: the form, lists, versions and GraphQL answer, the date reads empty', async () => {
    // What `PATCH {"publishAt": ""}` left behind before writes were checked.
    await sql(`UPDATE choices_locales SET publish_at = '' WHERE _parent_id = '${choiceId}'`)
    await sql(`UPDATE _choices_v_locales SET version_publish_at = 'not a date'`)
    const one = await http.rest('GET', `choices/${choiceId}?draft=true&locale=tr`, { token: adminToken })
    expect(one.status).toBe(200)
    expect(one.json.publishAt).toBeNull()
    expect((await http.rest('GET', 'choices?draft=true', { token: adminToken })).status).toBe(200)
    expect((await http.rest('GET', 'advice?depth=2', { token: adminToken })).status).toBe(200)
    const versions = await http.rest('GET', `choices/versions?where[parent][equals]=${choiceId}`, { token: adminToken })
    expect(versions.status).toBe(200)
    const graphql = await http.graphql('{ Choices(draft: true) { docs { id label publishAt } } }', {
      token: adminToken,
    })
    expect(graphql.json.errors).toBeUndefined()
    expect(graphql.json.data?.Choices.docs[0]).toMatchObject({ id: choiceId, publishAt: null })
    expect(warnings.some((line) => line.includes('unreadable stored date shown empty'))).toBe(true)
  })

  it('an administrator can clear it again (before, even PATCH {"publishAt": null} answered 500)', async () => {
    const { status } = await http.rest('PATCH', `choices/${choiceId}?locale=tr&draft=true`, {
      token: adminToken,
      body: { publishAt: null },
    })
    expect(status).toBe(200)
  })

  it('rich text that is not JSON: the advice reads with an empty body instead of failing', async () => {
    await sql(`UPDATE advice_locales SET body = '{"root": broken' WHERE _parent_id = '${adviceId}'`)
    const { status, json } = await http.rest('GET', `advice/${adviceId}?locale=tr`, { token: adminToken })
    expect(status).toBe(200)
    expect(json.body).toBeNull()
    expect(warnings.some((line) => line.includes('unreadable stored JSON shown empty'))).toBe(true)
  })
})

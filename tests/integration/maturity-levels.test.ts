import { sql } from '@payloadcms/db-sqlite'
import { beforeAll, describe, expect, it } from 'vitest'

import { carryFormerLevels } from '@migrations/sqlite/20261129_124858_maturity_levels'
import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'

/**
 * Maturity levels are a short list editors manage; choices point to them. Readers see
 * published levels only, and a level still given to a choice cannot be deleted.
 */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>
let editorToken: string

beforeAll(async () => {
  http = httpClient(ctx.payload)
  await createCast(ctx.payload)
  editorToken = await tokenFor(ctx.payload, 'editor@example.org')
})

describe('maturity levels', () => {
  it('an editor creates and publishes one and gives it to a choice; readers never see a draft level', async () => {
    const created = await http.rest('POST', 'maturity-levels', {
      token: editorToken,
      body: { title: 'Başlangıç', order: 1, _status: 'published' },
    })
    expect(created.status).toBe(201)
    const level = (created.json as { doc: { id: string } }).doc
    await http.rest('POST', 'maturity-levels?draft=true', {
      token: editorToken,
      body: { title: 'Taslak düzey', order: 2, _status: 'draft' },
    })

    const { choice } = await createPublishedAdvice(ctx.payload, 40)
    const patched = await http.rest('PATCH', `choices/${choice.id}`, {
      token: editorToken,
      body: { maturity: level.id, _status: 'published' },
    })
    expect(patched.status).toBe(200)

    const read = await http.rest('GET', 'maturity-levels')
    expect((read.json.docs as Array<{ title: string }>).map((d) => d.title)).toEqual(['Başlangıç'])
  })

  it('a level still given to a choice cannot be deleted, with a Turkish message that says what to do', async () => {
    const [level] = (
      await ctx.payload.find({ collection: 'maturity-levels', where: { title: { equals: 'Başlangıç' } } })
    ).docs
    const deleted = await http.rest('DELETE', `maturity-levels/${level.id}`, { token: editorToken })
    expect(deleted.status).toBe(400)
    expect(JSON.stringify(deleted.json)).toContain('Bu düzey bazı seçeneklerde kullanılıyor')
    expect(await ctx.payload.count({ collection: 'maturity-levels' })).toMatchObject({ totalDocs: 2 })
  })
})

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('the migration to managed levels', () => {
  it('keeps the levels choices had in the former fixed list, as published levels', async () => {
    const db = (ctx.payload.db as unknown as { drizzle: Parameters<typeof carryFormerLevels>[0] }).drizzle
    const { choice } = await createPublishedAdvice(ctx.payload, 41)
    // The column the former select stored its value in, as the previous migration left it.
    await db.run(sql`ALTER TABLE \`choices\` ADD \`maturity\` text`)
    await db.run(sql`UPDATE \`choices\` SET \`maturity\` = '3' WHERE \`id\` = ${choice.id}`)
    await carryFormerLevels(db)
    const kept = await ctx.payload.findByID({ collection: 'choices', id: choice.id, depth: 1, locale: 'en' })
    expect(kept.maturity).toMatchObject({ title: 'Established', _status: 'published' })
  })
})

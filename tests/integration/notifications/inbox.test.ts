import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { notify } from '@/cms/notifications/notify'
import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'

/**
 * The inbox over the API: `GET /api/notifications` answers the signed-in person's own
 * notifications only (document, language, kind, `read`), `PATCH` marks them read and changes
 * nothing else; nobody reads or marks another's; anonymous callers get nothing (REST, GraphQL).
 */
const ctx = usePayload()
const http = httpClient(ctx.payload)
let cast: Cast
let tokens: Record<'editor' | 'translator' | 'admin', string>

type Row = { id: string; kind: string; document: string; locale: string; read: boolean; recipient: unknown }

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  tokens = {
    editor: await tokenFor(ctx.payload, cast.editor.email),
    translator: await tokenFor(ctx.payload, cast.translator.email),
    admin: await tokenFor(ctx.payload, cast.admin.email),
  }
  await notify(ctx.payload, {
    kind: 'review_requested',
    collection: 'advice',
    document: 'a1',
    documentTitle: 'Reçete: Soru 1 · Seçenek 1',
    locale: 'en',
    to: { role: { in: ['editor', 'admin'] } },
  })
  await notify(ctx.payload, {
    kind: 'changes_requested',
    collection: 'advice',
    document: 'a2',
    documentTitle: 'Reçete: Soru 2 · Seçenek 1',
    locale: 'en',
    note: 'Gizli not',
    to: { id: { equals: cast.translator.id } },
  })
})

const list = async (token?: string) => {
  const { status, json } = await http.rest('GET', 'notifications?depth=0', { token })
  return { status, docs: (json.docs ?? []) as Row[] }
}

describe('the inbox', () => {
  it("the navigation counts one's own unread notifications, in the admin's language", async () => {
    const { default: Unread } = await import('@/cms/admin/notifications/UnreadNotifications')
    const render = async (user: unknown, language = 'tr') =>
      renderToStaticMarkup((await Unread({ payload: ctx.payload, user, i18n: { language } } as never)) ?? 'nothing')
    expect(await render(cast.editor)).toContain('1 okunmamış bildirim')
    expect(await render(cast.translator, 'en')).toContain('1 unread notification<')
    expect(await render(cast.editor)).toContain('href="/admin/collections/notifications?where[read][not_equals]=true"')
    expect(await render(null)).toBe('nothing')
  })

  it('each person lists their own notifications only, with the document, language, kind and read flag', async () => {
    const editor = await list(tokens.editor)
    expect(editor.status).toBe(200)
    expect(editor.docs).toHaveLength(1)
    expect(editor.docs[0]).toMatchObject({ kind: 'review_requested', document: 'a1', locale: 'en', read: false })
    expect(editor.docs[0].recipient).toBe(cast.editor.id)
    const translator = await list(tokens.translator)
    expect(translator.docs.map((n) => n.kind)).toEqual(['changes_requested'])
    // Administrators too see only their own.
    expect((await list(tokens.admin)).docs.map((n) => n.recipient)).toEqual([cast.admin.id])
  })

  it('PATCH marks one read; nothing else of it changes, and nobody marks or reads another’s', async () => {
    const [mine] = (await list(tokens.translator)).docs
    const marked = await http.rest('PATCH', `notifications/${mine.id}`, {
      token: tokens.translator,
      body: { read: true, kind: 'broken_links', recipient: cast.editor.id, note: 'değişti' },
    })
    expect(marked.status).toBe(200)
    const stored = await ctx.payload.findByID({
      collection: 'notifications',
      id: mine.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored).toMatchObject({
      read: true,
      kind: 'changes_requested',
      recipient: cast.translator.id,
      note: 'Gizli not',
    })

    const [editors] = (await list(tokens.editor)).docs
    const read = await http.rest('GET', `notifications/${mine.id}`, { token: tokens.editor })
    expect([403, 404]).toContain(read.status)
    expect(JSON.stringify(read.json)).not.toContain('Gizli not')
    const foreign = await http.rest('PATCH', `notifications/${mine.id}`, { token: tokens.admin, body: { read: false } })
    expect([403, 404]).toContain(foreign.status)
    expect((await ctx.payload.findByID({ collection: 'notifications', id: mine.id, overrideAccess: true })).read).toBe(
      true,
    )
    const bulk = await http.rest('PATCH', 'notifications?where[id][exists]=true', {
      token: tokens.translator,
      body: { read: true },
    })
    expect((bulk.json.docs as Row[]).map((n) => n.id)).toEqual([mine.id])
    const untouched = await ctx.payload.findByID({ collection: 'notifications', id: editors.id, overrideAccess: true })
    expect(untouched.read).toBe(false)
  })

  it('nobody creates or deletes one through the API', async () => {
    const created = await http.rest('POST', 'notifications', {
      token: tokens.admin,
      body: { recipient: cast.editor.id, kind: 'broken_links', delivery: 'off' },
    })
    expect(created.status).toBe(403)
    const [mine] = (await list(tokens.editor)).docs
    expect((await http.rest('DELETE', `notifications/${mine.id}`, { token: tokens.editor })).status).toBe(403)
  })

  it('anonymous callers get a refusal and nothing, over REST and GraphQL', async () => {
    const anonymous = await http.rest('GET', 'notifications')
    expect([401, 403]).toContain(anonymous.status)
    expect(anonymous.json.docs).toBeUndefined()
    const one = await http.rest('PATCH', `notifications?where[id][exists]=true`, { body: { read: true } })
    expect([401, 403]).toContain(one.status)
    const graphql = await http.graphql('{ Notifications { docs { id kind note } } }')
    expect(graphql.json.data?.Notifications ?? null).toBeNull()
    expect(JSON.stringify(graphql.json)).not.toContain('Gizli not')
    const own = await http.graphql('{ Notifications { docs { kind note } } }', { token: tokens.translator })
    expect(own.json.data?.Notifications.docs).toEqual([{ kind: 'changes_requested', note: 'Gizli not' }])
  })
})

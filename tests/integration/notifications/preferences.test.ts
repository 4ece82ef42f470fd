import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lastDigestTime } from '@/cms/notifications/digest'
import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { paragraphs } from '@tests/support/lexical'
import {
  headerLine,
  mailReader,
  notificationMailServer,
  notificationsOf,
  recipientsOf,
  unsubscribeAddress,
} from '@tests/support/notifications'

import type { User } from '@payload-types'

/**
 * Each person's choices (at once, daily, off; the e-mails' language) on their account, the
 * one-click unsubscribe link of every e-mail (RFC 8058) against forged and reused links, and the
 * recipient's name in the To header (Turkish letters, no header smuggled through a line break).
 */
const smtp = await notificationMailServer()
afterAll(() => smtp.stop())

const ctx = usePayload()
const http = httpClient(ctx.payload)
const arrived = mailReader(smtp, () => ctx.payload)
let cast: Cast
let tokens: Record<'editor' | 'translator', string>
let advice: string

const user = (id: string) => ctx.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
/** Sends the English draft to review (again: an editor first returns it, as in a second round). */
const sendToReview = async (text: string) => {
  await http.rest('PATCH', `advice/${advice}?locale=en&draft=true`, {
    token: tokens.editor,
    body: { reviewState: 'changes_requested' },
  })
  await arrived()
  return http.rest('PATCH', `advice/${advice}?locale=en&draft=true`, {
    token: tokens.translator,
    body: { body: paragraphs(text), reviewState: 'in_review' },
  })
}
const askForChanges = (note: string) =>
  http.rest('PATCH', `advice/${advice}?locale=en&draft=true`, {
    token: tokens.editor,
    body: { reviewState: 'changes_requested', reviewComment: note },
  })
/** The unsubscribe page's answers are HTML: the app's route handlers called as a mail client or browser would. */
async function unsubscribe(method: 'GET' | 'POST', token: string) {
  const route = await import('@/app/(payload)/api/[...slug]/route')
  const request = new Request(`http://localhost/api/unsubscribe?token=${encodeURIComponent(token)}`, {
    method,
    ...(method === 'POST'
      ? { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }
      : {}),
  })
  const answer = await route[method](request, { params: Promise.resolve({ slug: ['unsubscribe'] }) })
  return { status: answer.status, html: await answer.text() }
}
const tokenOf = (address: URL) => address.searchParams.get('token') ?? ''
const preferencesOf = (person: User) =>
  Object.fromEntries(Object.entries(person).filter(([key]) => key.startsWith('notify_') || key === 'mailLanguage'))

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  tokens = {
    editor: await tokenFor(ctx.payload, cast.editor.email),
    translator: await tokenFor(ctx.payload, cast.translator.email),
  }
  advice = (await createPublishedAdvice(ctx.payload)).advice.id
  // Only the editor reviews here (the administrator chose no e-mail for reviews).
  await ctx.payload.update({ collection: 'users', id: cast.admin.id, data: { notify_review_requested: 'off' } })
})

describe('preferences', () => {
  it("start as the table's defaults, and each person changes their own only", async () => {
    expect(preferencesOf(await user(cast.translator.id))).toMatchObject({
      mailLanguage: 'tr',
      notify_changes_requested: 'immediately',
      notify_translation_published: 'daily',
      notify_source_changed: 'daily',
    })
    const own = await http.rest('PATCH', `users/${cast.translator.id}`, {
      token: tokens.translator,
      body: { notify_changes_requested: 'daily' },
    })
    expect(own.status).toBe(200)
    const other = await http.rest('PATCH', `users/${cast.editor.id}`, {
      token: tokens.translator,
      body: { notify_review_requested: 'off' },
    })
    expect(other.status).toBeGreaterThanOrEqual(403)
    expect((await user(cast.editor.id)).notify_review_requested).toBe('immediately')
  })

  it('daily: no e-mail at once, the row waits for the digest; off: the row only', async () => {
    await sendToReview('Draft one')
    await arrived()
    await askForChanges('Birinci not')
    expect(await arrived()).toEqual([])
    const [daily] = (await notificationsOf(ctx.payload, cast.translator.email)).filter(
      (n) => n.kind === 'changes_requested',
    )
    expect(daily).toMatchObject({ delivery: 'daily', note: 'Birinci not' })

    await http.rest('PATCH', `users/${cast.translator.id}`, {
      token: tokens.translator,
      body: { notify_changes_requested: 'off' },
    })
    await sendToReview('Draft two')
    await arrived()
    await askForChanges('İkinci not')
    expect(await arrived()).toEqual([])
    const rows = (await notificationsOf(ctx.payload, cast.translator.email)).filter(
      (n) => n.kind === 'changes_requested',
    )
    expect(rows.map((n) => n.delivery)).toEqual(['daily', 'off'])
  })

  it('English: the e-mail is written in English; the name in To keeps its Turkish letters', async () => {
    await ctx.payload.update({
      collection: 'users',
      id: cast.editor.id,
      data: { mailLanguage: 'en', name: 'Şükrü Çağlayan Öztürk' },
    })
    await sendToReview('Draft three')
    const [mail] = await arrived()
    expect(mail.subject).toBe('Sent to review: Reçete: Soru 1 · Seçenek 1 (English)')
    expect(mail.text).toContain('The English translation of Reçete: Soru 1 · Seçenek 1 awaits your review.')
    expect(mail.to).toMatchObject({ value: [{ address: 'editor@example.org', name: 'Şükrü Çağlayan Öztürk' }] })
    await ctx.payload.update({ collection: 'users', id: cast.editor.id, data: { mailLanguage: 'tr' } })
  })

  it('a line break in a name adds no header', async () => {
    // Written below the checks, as a name already in the database from before them would be.
    await ctx.payload.db.updateOne({
      collection: 'users',
      where: { id: { equals: cast.editor.id } },
      data: { name: 'Ayşe\r\nBcc: evil@example.org' },
    })
    await sendToReview('Draft four')
    const [mail] = await arrived()
    expect(mail.bcc).toBeUndefined()
    expect(mail.headers.has('bcc')).toBe(false)
    expect(recipientsOf([mail])).toEqual(['editor@example.org'])
    expect(headerLine(mail, 'to')).not.toMatch(/\n/)
  })
})

describe('unsubscribe', () => {
  it('every e-mail has List-Unsubscribe and List-Unsubscribe-Post: List-Unsubscribe=One-Click', async () => {
    await sendToReview('Draft five')
    const [mail] = await arrived()
    expect(headerLine(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    const address = unsubscribeAddress(mail)
    expect(`${address.origin}${address.pathname}`).toBe('https://rota.example.org/api/unsubscribe')
  })

  it('GET shows a page that asks first; the one-click POST turns that kind off and nothing else; a reused link changes nothing more', async () => {
    await sendToReview('Draft six')
    const [mail] = await arrived()
    const address = unsubscribeAddress(mail)
    const before = preferencesOf(await user(cast.editor.id))
    const others = await Promise.all([cast.admin, cast.translator].map((p) => user(p.id)))

    const shown = await unsubscribe('GET', tokenOf(address))
    expect(shown.status).toBe(200)
    expect(shown.html).toContain('E-posta bildirimlerini kapat')
    expect(shown.html).toContain('“Bir çeviri incelemeye gönderildi”')
    expect(shown.html).toContain('<form method="post"')
    expect((await user(cast.editor.id)).notify_review_requested).toBe('immediately')

    const done = await unsubscribe('POST', tokenOf(address))
    expect(done.status).toBe(200)
    expect(done.html).toContain('artık e-postayla gönderilmeyecek')
    expect((await user(cast.editor.id)).notify_review_requested).toBe('off')
    expect(preferencesOf(await user(cast.editor.id))).toEqual({ ...before, notify_review_requested: 'off' })
    expect(await Promise.all([cast.admin, cast.translator].map((p) => user(p.id)))).toEqual(others)

    await sendToReview('Draft seven')
    expect(await arrived()).toEqual([])

    // The editor turns it on again; the used link still only turns that same kind off.
    await ctx.payload.update({ collection: 'users', id: cast.editor.id, data: { notify_schedule_not_done: 'daily' } })
    expect((await unsubscribe('POST', tokenOf(address))).status).toBe(200)
    expect(preferencesOf(await user(cast.editor.id))).toEqual({
      ...before,
      notify_review_requested: 'off',
      notify_schedule_not_done: 'daily',
    })
  })

  it('a forged or altered link changes nothing (400)', async () => {
    await ctx.payload.update({
      collection: 'users',
      id: cast.editor.id,
      data: { notify_review_requested: 'immediately' },
    })
    await sendToReview('Draft eight')
    const [mail] = await arrived()
    const [id, kinds, mac] = tokenOf(unsubscribeAddress(mail)).split('.')
    const before = await Promise.all([cast.admin, cast.editor, cast.translator].map((p) => user(p.id)))
    for (const forged of [
      `${id}.${kinds}.${mac.slice(0, -2)}xx`,
      `${cast.translator.id}.${kinds}.${mac}`,
      `${id}.changes_requested.${mac}`,
      `${id}.${kinds},broken_links.${mac}`,
      'x',
      '',
    ]) {
      for (const method of ['GET', 'POST'] as const) {
        const answer = await unsubscribe(method, forged)
        expect(answer.status, `${method} ${forged}`).toBe(400)
        expect(answer.html).toContain('Bağlantı geçersiz')
      }
    }
    expect(await Promise.all([cast.admin, cast.editor, cast.translator].map((p) => user(p.id)))).toEqual(before)
  })
})

describe('the digest hour', () => {
  it('is the last NOTIFY_DIGEST_HOUR o’clock in Istanbul: at 08:59 still yesterday’s, from 09:00 today’s', () => {
    expect(lastDigestTime(new Date('2026-12-06T05:59:00Z'), 9).toISOString()).toBe('2026-12-05T06:00:00.000Z')
    expect(lastDigestTime(new Date('2026-12-06T06:00:00Z'), 9).toISOString()).toBe('2026-12-06T06:00:00.000Z')
    expect(lastDigestTime(new Date('2026-12-06T22:30:00Z'), 0).toISOString()).toBe('2026-12-06T21:00:00.000Z')
  })
})

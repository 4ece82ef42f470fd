import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { checkLinksTask } from '@collections/LinkChecks/task'
import { sendDueDigests } from '@/cms/notifications/digest'
import { carryOutDueSchedules } from '@/cms/schedules/runner'
import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { paragraphs } from '@tests/support/lexical'
import { mailReader, notificationMailServer, notificationsOf, recipientsOf } from '@tests/support/notifications'

/**
 * Every row of issue 24's table, through the real saves (REST as the people make them, the
 * schedule runner, the weekly link check) to the e-mails a real SMTP server receives: who is
 * told, of what, in which language, with which link; the digests at their hour.
 */
const smtp = await notificationMailServer()
process.env.LINK_CHECK_ALLOW_PRIVATE = '1'
afterAll(() => smtp.stop())

const ctx = usePayload()
const http = httpClient(ctx.payload)
const arrived = mailReader(smtp, () => ctx.payload)
let cast: Cast
let tokens: Record<'editor' | 'translator' | 'admin', string>
let advice: string

const patch = (query: string, token: string, body: object) =>
  http.rest('PATCH', `advice/${advice}?${query}`, { token, body })
const tomorrowAtTen = () => new Date(Date.now() + 36 * 3_600_000)

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  tokens = {
    editor: await tokenFor(ctx.payload, cast.editor.email),
    translator: await tokenFor(ctx.payload, cast.translator.email),
    admin: await tokenFor(ctx.payload, cast.admin.email),
  }
  advice = (await createPublishedAdvice(ctx.payload, 1, 'Türkçe yayımda')).advice.id
  await arrived()
})

describe('what people are told, and who', () => {
  it('a translation sent to review: every editor at once (not the translator), with links to the form and the comparison', async () => {
    const sent = await patch('locale=en&draft=true', tokens.translator, {
      body: paragraphs('Secret English draft sentence'),
      reviewState: 'in_review',
    })
    expect(sent.status).toBe(200)
    const mails = await arrived()
    expect(recipientsOf(mails).sort()).toEqual(['admin@example.org', 'editor@example.org'])
    const [mail] = mails
    expect(mail.subject).toBe('İncelemeye gönderildi: Reçete: Soru 1 · Seçenek 1 (İngilizce)')
    expect(mail.text).toContain('İngilizce çevirisi incelemenizi bekliyor')
    expect(mail.text).toContain(`https://rota.example.org/admin/collections/advice/${advice}?locale=en`)
    expect(mail.text).toContain(`https://rota.example.org/api/published-comparison/advice/${advice}?locale=en`)
    expect(mail.html).toContain(`href="https://rota.example.org/api/published-comparison/advice/${advice}?locale=en"`)
    // Never the draft's text.
    expect(`${mail.text}${mail.html}`).not.toContain('Secret English draft')
    const [row] = await notificationsOf(ctx.payload, cast.editor.email)
    expect(row).toMatchObject({
      kind: 'review_requested',
      collection: 'advice',
      document: advice,
      locale: 'en',
      read: false,
    })
    expect(await notificationsOf(ctx.payload, cast.translator.email)).toEqual([])
  })

  it('changes requested: the translator who sent it, at once, with the note', async () => {
    const asked = await patch('locale=en&draft=true', tokens.editor, {
      reviewState: 'changes_requested',
      reviewComment: 'İkinci cümleyi daha sade çevirin.',
    })
    expect(asked.status).toBe(200)
    const mails = await arrived()
    expect(recipientsOf(mails)).toEqual(['translator@example.org'])
    expect(mails[0].subject).toBe('Düzeltme istendi: Reçete: Soru 1 · Seçenek 1 (İngilizce)')
    expect(mails[0].text).toContain('Editörün notu:\nİkinci cümleyi daha sade çevirin.')
  })

  it('a translation published: its translator, in the next daily digest only', async () => {
    await patch('locale=en&draft=true', tokens.translator, { reviewState: 'in_review' })
    await arrived()
    const published = await patch('locale=en', tokens.editor, { _status: 'published' })
    expect(published.status).toBe(200)
    expect(await arrived()).toEqual([])
    const [row] = (await notificationsOf(ctx.payload, cast.translator.email)).filter(
      (n) => n.kind === 'translation_published',
    )
    expect(row).toMatchObject({ delivery: 'daily', locale: 'en' })
    expect(row.emailedAt ?? null).toBeNull()
  })

  it('the published Turkish changed after a translation: the translators of that language, in the digest', async () => {
    const changed = await patch('locale=tr', tokens.editor, {
      body: paragraphs('Türkçe yeni metin'),
      _status: 'published',
    })
    expect(changed.status).toBe(200)
    expect(await arrived()).toEqual([])
    const rows = (await notificationsOf(ctx.payload, cast.translator.email)).filter((n) => n.kind === 'source_changed')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ locale: 'en', delivery: 'daily' })
    // The translator with no English is not told; nor are the editors.
    expect((await notificationsOf(ctx.payload, cast.frenchTranslator.email)).length).toBe(0)
    expect((await notificationsOf(ctx.payload, cast.editor.email)).some((n) => n.kind === 'source_changed')).toBe(false)
  })

  it('the digest: one e-mail per person at the set hour with both, and nothing sent twice, even after a crash', async () => {
    // The first look dies after queueing the e-mail and before marking the notifications sent.
    const update = ctx.payload.update.bind(ctx.payload)
    const crash = vi.spyOn(ctx.payload, 'update').mockImplementation(((args: { collection: string }) => {
      if (args.collection === 'notifications') throw new Error('the process died here')
      return update(args as never)
    }) as never)
    await expect(sendDueDigests(ctx.payload, tomorrowAtTen())).rejects.toThrow('the process died here')
    crash.mockRestore()
    // The next look finds the digest queued: it marks the notifications and queues nothing more.
    expect(await sendDueDigests(ctx.payload, tomorrowAtTen())).toBe(0)
    const mails = await arrived()
    expect(recipientsOf(mails)).toEqual(['translator@example.org'])
    expect(mails[0].subject).toBe('ROTA günlük özeti: 2 bildirim')
    expect(mails[0].text).toContain('İngilizce çeviriniz yayımlandı')
    expect(mails[0].text).toContain('yayımdaki Türkçesi değişti')
    expect(await sendDueDigests(ctx.payload, tomorrowAtTen())).toBe(0)
    expect(await arrived()).toEqual([])
  })

  it('a scheduled publish held: the editor who scheduled it, at once, with the reason', async () => {
    await patch('locale=tr&draft=true', tokens.editor, {
      body: paragraphs('Zamanlanan metin'),
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    await patch('locale=tr&draft=true', tokens.admin, { body: paragraphs('Sonradan değişen metin') })
    expect(await carryOutDueSchedules(ctx.payload, new Date(Date.now() + 2 * 3_600_000))).toMatchObject({ held: 1 })
    const mails = await arrived()
    expect(recipientsOf(mails)).toEqual(['editor@example.org'])
    expect(mails[0].subject).toBe('Zamanlanmış işlem yapılamadı: Reçete: Soru 1 · Seçenek 1 (Türkçe)')
    expect(mails[0].text).toContain('Taslak, zamanlandıktan sonra değişti')
  })

  describe('the weekly link check', () => {
    let server: Server
    beforeAll(async () => {
      server = createServer((_req, res) => res.writeHead(404).end())
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    })
    afterAll(() => server.close())

    it('broken resource links: every editor, once per check, naming the links', async () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/yok`
      await ctx.payload.create({
        collection: 'resources',
        data: { url, title: 'Kırık kaynak', _status: 'published' },
      })
      await (checkLinksTask.handler as (args: never) => Promise<unknown>)({ req: { payload: ctx.payload } } as never)
      const mails = await arrived()
      expect(recipientsOf(mails).sort()).toEqual(['admin@example.org', 'editor@example.org'])
      expect(mails[0].subject).toBe('Bozuk kaynak bağlantıları: 1')
      expect(mails[0].text).toContain(`Kırık kaynak — ${url}`)
    })
  })

  it('the site texts too: sent to review, with the link to the global in that language', async () => {
    const sent = await http.rest('POST', 'globals/site-texts?locale=en&draft=true', {
      token: tokens.translator,
      body: { introTitle: 'Welcome', reviewState: 'in_review' },
    })
    expect(sent.status).toBe(200)
    const mails = await arrived()
    expect(recipientsOf(mails).sort()).toEqual(['admin@example.org', 'editor@example.org'])
    expect(mails[0].subject).toBe('İncelemeye gönderildi: Site metinleri (İngilizce)')
    expect(mails[0].text).toContain('https://rota.example.org/admin/globals/site-texts?locale=en')
  })

  it('a translation published without a review round: the translator who wrote it (its last writer)', async () => {
    const { advice: other } = await createPublishedAdvice(ctx.payload, 2, 'Başka reçete')
    await http.rest('PATCH', `advice/${other.id}?locale=en&draft=true`, {
      token: tokens.translator,
      body: { body: paragraphs('Another translation') },
    })
    const published = await http.rest('PATCH', `advice/${other.id}?locale=en`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    const rows = (await notificationsOf(ctx.payload, cast.translator.email)).filter(
      (n) => n.kind === 'translation_published' && n.document === other.id,
    )
    expect(rows).toHaveLength(1)
  })

  it('a notification that cannot be written never fails the save: the save answers 200, the error is logged', async () => {
    const create = ctx.payload.create.bind(ctx.payload)
    const failing = vi
      .spyOn(ctx.payload, 'create')
      .mockImplementation(((args: { collection: string }) =>
        args.collection === 'notifications'
          ? Promise.reject(new Error('disk full'))
          : create(args as never)) as typeof ctx.payload.create)
    const logged = vi.spyOn(ctx.payload.logger, 'error')
    try {
      await patch('locale=en&draft=true', tokens.editor, { reviewState: 'changes_requested' })
      const sent = await patch('locale=en&draft=true', tokens.translator, {
        body: paragraphs('Saved whatever happens'),
        reviewState: 'in_review',
      })
      expect(sent.status).toBe(200)
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ msg: 'cannot write a notification' }))
    } finally {
      failing.mockRestore()
      logged.mockRestore()
    }
    const saved = await ctx.payload.findByID({ collection: 'advice', id: advice, locale: 'en', draft: true })
    expect(saved.reviewState).toBe('in_review')
    await arrived()
  })
})

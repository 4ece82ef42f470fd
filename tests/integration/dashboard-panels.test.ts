import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { paragraphs } from '@tests/support/lexical'

/**
 * Two of the dashboard's panels, which read only the fields they show (bench:admin): what they
 * show must still come from the right document and version. "Taslaklarınız": an editor's own
 * drafts, each with its title, a link to its form and when it was saved; nobody else's. The
 * review queue: a translation sent to review with who sent it, and a returned one with the
 * editor's note for its translator.
 */
const ctx = usePayload()
let cast: Cast
let adviceId: string
let reviewedId: string
let returnedId: string

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  const { advice } = await createPublishedAdvice(ctx.payload, 7, 'Yayımdaki metin')
  adviceId = String(advice.id)
  await ctx.payload.update({
    collection: 'advice',
    id: adviceId,
    data: { body: paragraphs('Editörün yeni taslağı') },
    draft: true,
    user: cast.editor,
    overrideAccess: false,
  })
  const sendToReview = async (number: number) => {
    const { advice } = await createPublishedAdvice(ctx.payload, number, 'Türkçe metin')
    await ctx.payload.update({
      collection: 'advice',
      id: advice.id,
      locale: 'en',
      data: { body: paragraphs('English draft'), reviewState: 'in_review' },
      draft: true,
      user: cast.translator,
      overrideAccess: false,
    })
    return String(advice.id)
  }
  reviewedId = await sendToReview(8)
  returnedId = await sendToReview(9)
  await ctx.payload.update({
    collection: 'advice',
    id: returnedId,
    locale: 'en',
    data: { reviewState: 'changes_requested', reviewComment: '“gift” yerine “donation” kullanın.' },
    draft: true,
    user: cast.editor,
    overrideAccess: false,
  })
})

const renderPanel = async (panel: 'MyDrafts' | 'ReviewQueue', user: unknown) => {
  const { default: Panel } = await import(`@/cms/admin/dashboard/${panel}`)
  return renderToStaticMarkup((await Panel({ payload: ctx.payload, user, i18n: { language: 'tr' } } as never)) ?? '')
}
const render = (user: unknown) => renderPanel('MyDrafts', user)

describe("the dashboard's own drafts", () => {
  it("lists the editor's draft with its title, form link and time of saving", async () => {
    const advice = await ctx.payload.findByID({ collection: 'advice', id: adviceId, draft: true, depth: 0 })
    const html = await render(cast.editor)
    expect(html).toContain(`href="/admin/collections/advice/${adviceId}"`)
    expect(html).toContain(`Reçete: <a href="/admin/collections/advice/${adviceId}">`)
    expect(html).toContain(String(advice.title))
    expect(html).toMatch(/kaydedildi \d{1,2} Aralık \d{4} \d{2}:\d{2}/)
  })

  it("does not list another editor's draft", async () => {
    expect(await render(cast.admin)).toContain('Yayımlanmayı bekleyen bir taslağınız yok.')
  })
})

describe("the dashboard's review queue", () => {
  const item = (html: string, id: string) =>
    html.split('<li>').find((li) => li.includes(`/advice/${id}?locale=en`)) ?? ''

  it('shows the editor each translation in review with its title and who sent it', async () => {
    const html = await renderPanel('ReviewQueue', cast.editor)
    const sent = item(html, reviewedId)
    expect(sent).toContain('Reçete: <bdi>Soru 8 · Seçenek 1</bdi></a> · İngilizce')
    expect(sent).toContain(`${cast.translator.email} &lt;${cast.translator.email}&gt;`)
    expect(sent).toMatch(/gönderdi, \d{1,2} Aralık \d{4} \d{2}:\d{2}/)
    expect(item(html, returnedId)).toBe('')
  })

  it("shows the translator the returned translation with the editor's note", async () => {
    const returned = item(await renderPanel('ReviewQueue', cast.translator), returnedId)
    expect(returned).toContain('Soru 9 · Seçenek 1')
    expect(returned).toContain('“gift” yerine “donation” kullanın.')
  })
})

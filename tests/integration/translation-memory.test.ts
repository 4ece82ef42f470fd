import { beforeAll, describe, expect, it } from 'vitest'

import { rememberMissingTranslations } from '@/cms/translation-memory/backfill'
import { lookupMemory } from '@/cms/translation-memory/lookup'
import { limits } from '@/shared/limits'
import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { paragraphs } from '@tests/support/lexical'

/**
 * The translation memory: each published paragraph pair (Turkish → English) is remembered with
 * its document and date once the publish commits, and offered for a Turkish paragraph like it
 * (100 % the same words, at least 75 % similar), best first, to staff only.
 */
const ctx = usePayload()
const http = httpClient(ctx.payload)
let cast: Cast
let tokens: Record<'editor' | 'translator', string>

type Match = { source: string; target: string; score: number; document: { collection: string; id: string } }

const social = 'Sosyal medya hesaplarımızı düzenli olarak kullanıyoruz.'
const socialEn = 'We use our social media accounts regularly.'
const website = 'Derneğimizin güncel bir web sitesi var.'
const websiteEn = 'Our association has an up-to-date website.'

const ask = async (text: string, options: { locale?: string; token?: string | null; extra?: string } = {}) => {
  const query = new URLSearchParams({ locale: options.locale ?? 'en', text })
  return http.rest('GET', `translation-memory?${query}${options.extra ?? ''}`, {
    token: options.token === null ? undefined : (options.token ?? tokens.translator),
  })
}
const matches = async (text: string) => {
  const { status, json } = await ask(text)
  expect(status).toBe(200)
  return json as unknown as Match[]
}

const saveEnglish = (id: string, ...texts: string[]) =>
  ctx.payload.update({
    collection: 'advice',
    id,
    locale: 'en',
    draft: true,
    data: { body: paragraphs(...texts) },
    overrideAccess: false,
    user: cast.translator,
  })
const publishEnglish = (id: string) =>
  ctx.payload.update({
    collection: 'advice',
    id,
    locale: 'en',
    publishSpecificLocale: 'en',
    data: { _status: 'published' },
    overrideAccess: false,
    user: cast.editor,
  })
const publishTurkish = (id: string, ...texts: string[]) =>
  ctx.payload.update({
    collection: 'advice',
    id,
    locale: 'tr',
    data: { body: paragraphs(...texts), _status: 'published' },
    overrideAccess: false,
    user: cast.editor,
  })

const pairsOf = async (document: string) =>
  (
    await ctx.payload.db.find<{ source: string; target: string; locale: string }>({
      collection: 'translation-memory-pairs',
      where: { document: { equals: document } },
      pagination: false,
    })
  ).docs

let adviceId: string

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  tokens = {
    editor: await tokenFor(ctx.payload, cast.editor.email),
    translator: await tokenFor(ctx.payload, cast.translator.email),
  }
  adviceId = String((await createPublishedAdvice(ctx.payload, 1, 'yer tutucu')).advice.id)
  await publishTurkish(adviceId, social, website)
  await saveEnglish(adviceId, socialEn, websiteEn)
  await publishEnglish(adviceId)
})

describe('publishing fills the memory', () => {
  it('remembers each Turkish paragraph with the English paragraph at the same place, its document and date', async () => {
    const rows = await pairsOf(adviceId)
    expect(rows.map((row) => [row.locale, row.source, row.target]).sort()).toEqual(
      [
        ['en', social, socialEn],
        ['en', website, websiteEn],
      ].sort(),
    )
    const [first] = await matches(social)
    expect(first).toMatchObject({ source: social, target: socialEn, score: 100 })
    expect(first.document).toEqual({ collection: 'advice', id: adviceId })
    expect(Date.now() - Date.parse((first as unknown as { publishedAt: string }).publishedAt)).toBeLessThan(60_000)
  })

  it('a translation saved as a draft only is not remembered', async () => {
    const draft = String((await createPublishedAdvice(ctx.payload, 2, 'Gönüllü politikamız yazılı değil.')).advice.id)
    await saveEnglish(draft, 'Our volunteering policy is not written down.')
    expect(await pairsOf(draft)).toEqual([])
    expect(await matches('Gönüllü politikamız yazılı değil.')).toEqual([])
  })

  it('paragraphs that do not line up (a different count) give no pairs for that field', async () => {
    const id = String((await createPublishedAdvice(ctx.payload, 3, 'Bağışçı listemiz güncel.')).advice.id)
    await publishTurkish(id, 'Bağışçı listemiz güncel.', 'Her yıl gözden geçiriyoruz.')
    await saveEnglish(id, 'Our donor list is current and we review it every year.')
    await publishEnglish(id)
    expect(await pairsOf(id)).toEqual([])
  })

  it('a Turkish change makes the published translation outdated: its new Turkish is not paired with the old English, the old pair stays', async () => {
    const id = String((await createPublishedAdvice(ctx.payload, 4, 'Yıllık faaliyet raporu yayımlıyoruz.')).advice.id)
    await saveEnglish(id, 'We publish an annual activity report.')
    await publishEnglish(id)
    await publishTurkish(id, 'Yıllık faaliyet ve mali raporlarımızı yayımlıyoruz.')
    const rows = await pairsOf(id)
    expect(rows.map((row) => [row.source, row.target])).toEqual([
      ['Yıllık faaliyet raporu yayımlıyoruz.', 'We publish an annual activity report.'],
    ])
    // Translated anew and published: the new pair joins the old one.
    await saveEnglish(id, 'We publish our annual activity and financial reports.')
    await publishEnglish(id)
    expect((await pairsOf(id)).map((row) => row.target).sort()).toEqual([
      'We publish an annual activity report.',
      'We publish our annual activity and financial reports.',
    ])
  })

  it('a corrected translation of the same Turkish paragraph replaces the older one of that document', async () => {
    const id = String((await createPublishedAdvice(ctx.payload, 5, 'Stratejik planımız var.')).advice.id)
    await saveEnglish(id, 'We have a strategic plan')
    await publishEnglish(id)
    await saveEnglish(id, 'We have a strategic plan.')
    await publishEnglish(id)
    expect((await pairsOf(id)).map((row) => row.target)).toEqual(['We have a strategic plan.'])
  })

  it('a deleted document takes its pairs with it', async () => {
    const id = String((await createPublishedAdvice(ctx.payload, 6, 'Silinecek bir paragraf.')).advice.id)
    await saveEnglish(id, 'A paragraph to delete.')
    await publishEnglish(id)
    expect(await matches('Silinecek bir paragraf.')).toHaveLength(1)
    await ctx.payload.delete({ collection: 'advice', id })
    expect(await pairsOf(id)).toEqual([])
    expect(await matches('Silinecek bir paragraf.')).toEqual([])
  })

  it("the start-up's fill remembers published translations the memory has nothing of, once", async () => {
    await ctx.payload.db.deleteMany({
      collection: 'translation-memory-pairs',
      where: { document: { equals: adviceId } },
    })
    expect(await matches(website)).toEqual([])
    expect(await rememberMissingTranslations(ctx.payload)).toBe(2)
    expect(await rememberMissingTranslations(ctx.payload)).toBe(0)
    expect((await matches(website))[0]).toMatchObject({ target: websiteEn, score: 100 })
  })
})

describe('matches and scores', () => {
  it('scores by edit distance over Turkish lower-case text: 100 only for the same words', async () => {
    // Turkish capitals: "DERNEĞİMİZİN" is "derneğimizin" (a non-Turkish lower case would give "i̇").
    expect((await matches(website.toLocaleUpperCase('tr-TR')))[0]).toMatchObject({ target: websiteEn, score: 100 })
    // " olarak" left out: 7 edits over the 55 characters of the longer text.
    expect(social.length).toBe(55)
    expect((await matches('Sosyal medya hesaplarımızı düzenli kullanıyoruz.'))[0]).toMatchObject({
      source: social,
      target: socialEn,
      score: Math.floor((100 * (55 - 7)) / 55),
    })
    // "web" → "internet": 7 edits (5 letters added, 2 changed) over the longer text's 44 characters.
    expect((await matches('Derneğimizin güncel bir internet sitesi var.'))[0]).toMatchObject({
      target: websiteEn,
      score: Math.floor((100 * (44 - 7)) / 44),
    })
  })

  it('offers nothing under 75 %', async () => {
    expect(await matches('Sosyal medya hesaplarımızı hiç kullanmıyoruz.')).toEqual([])
    expect(await matches('Tamamen başka bir konu hakkında bir cümle.')).toEqual([])
  })

  it('lists the best first, and the same pair from two documents once', async () => {
    const other = String((await createPublishedAdvice(ctx.payload, 7, social)).advice.id)
    await saveEnglish(other, socialEn)
    await publishEnglish(other)
    const third = String(
      (await createPublishedAdvice(ctx.payload, 8, 'Sosyal medya hesaplarımızı düzenli kullanıyoruz.')).advice.id,
    )
    await saveEnglish(third, 'We use our social media accounts.')
    await publishEnglish(third)
    const found = await matches('Sosyal medya hesaplarımızı düzenli kullanıyoruz.')
    expect(found.map((m) => [m.score, m.target])).toEqual([
      [100, 'We use our social media accounts.'],
      [87, socialEn],
    ])
    expect(found[1].document.id).toBe(other)
  })

  it('the exported lookup answers as the endpoint does, and sees pairs written since by another instance', async () => {
    expect((await lookupMemory(ctx.payload, 'en', website))[0]).toMatchObject({ target: websiteEn, score: 100 })
    // Written straight to the database, as another instance's publish would: no hook of this one ran.
    const now = new Date().toISOString()
    await ctx.payload.db.create({
      collection: 'translation-memory-pairs',
      data: {
        key: 'en/advice/elsewhere/body/x',
        locale: 'en',
        scope: 'advice',
        document: 'elsewhere',
        field: 'body',
        source: 'Başka bir sunucuda yayımlanan paragraf.',
        target: 'A paragraph published on another server.',
        publishedAt: now,
        updatedAt: now,
      },
    })
    expect(await lookupMemory(ctx.payload, 'en', 'Başka bir sunucuda yayımlanan paragraf.')).toHaveLength(1)
  })
})

describe('who may ask, and what', () => {
  it('anonymous readers get nothing: not the lookup, not the rows over REST or GraphQL', async () => {
    const anonymous = await ask(social, { token: null })
    expect(anonymous.status).toBe(401)
    expect(JSON.stringify(anonymous.json)).not.toContain(socialEn)
    const rows = await http.rest('GET', 'translation-memory-pairs?limit=100')
    expect(rows.status).toBe(403)
    expect(JSON.stringify(rows.json)).not.toContain(socialEn)
    const graphql = await http.graphql('{ TranslationMemoryPairs { docs { source target } } }')
    expect(graphql.json.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(graphql.json)).not.toContain(socialEn)
  })

  it('translators and editors may ask', async () => {
    expect((await ask(social, { token: tokens.translator })).status).toBe(200)
    expect((await ask(social, { token: tokens.editor })).status).toBe(200)
  })

  it('nobody writes the rows through the API', async () => {
    const created = await http.rest('POST', 'translation-memory-pairs', {
      token: tokens.editor,
      body: { key: 'x', locale: 'en', scope: 'advice', document: 'x', field: 'body', source: 'a', target: 'b' },
    })
    expect(created.status).toBe(403)
  })

  it('refuses a question outside its bounds with a 400 naming the parameter', async () => {
    const refused = async (text: string, options: Parameters<typeof ask>[1], parameter: string) => {
      const { status, json } = await ask(text, options)
      expect(status).toBe(400)
      expect(JSON.stringify(json)).toContain(parameter)
    }
    await refused(social, { locale: 'tr' }, 'locale')
    await refused(social, { locale: 'xx' }, 'locale')
    await refused(social, { locale: '' }, 'locale')
    await refused('', {}, 'text')
    await refused('   ', {}, 'text')
    await refused('a'.repeat(limits.translationMemory.textChars + 1), {}, 'text')
    await refused(social, { extra: `&text=${encodeURIComponent(website)}` }, 'text')
    await refused(social, { extra: '&limit=0' }, 'limit')
    await refused(social, { extra: `&limit=${limits.translationMemory.results + 1}` }, 'limit')
    await refused(social, { extra: '&limit=iki' }, 'limit')
    const one = await ask('Sosyal medya hesaplarımızı düzenli kullanıyoruz.', { extra: '&limit=1' })
    expect(one.json).toHaveLength(1)
  })
})

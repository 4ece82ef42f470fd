import { sql } from '@payloadcms/db-sqlite'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Assessment, AssessmentQuestion } from '@/site/assessment'
import { reviewFirst } from '@/cms/insights/review-first'
import { insightQuestions, publishedQuestions } from '@/cms/insights/totals'
import { deleteAllContributions, minGroup, readTally, storeContribution } from '@/shared/insights/contributions'
import { filterOffers, offeredFilter } from '@/shared/insights/groups'
import { notSaid, type Profile } from '@/shared/insights/profile'
import { makeShareToken } from '@/shared/insights/share-token'
import { limits } from '@/shared/limits'
import { usePayload } from '@tests/support/boot'
import { createCast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { paragraphs } from '@tests/support/lexical'

/**
 * Anonymous contributions (issue 26, docs/decisions/011-anonymous-contributions.md): only by a
 * form with a good token, each token once, a few a day per address; nothing kept but the
 * answers, the profile and the month; figures only for groups of at least k, and no filter that
 * isolates fewer than k.
 */
const ctx = usePayload()
// Imported once Payload is booted: the site's modules load the config, which reads DATABASE_URI.
let benchmarkOf: typeof import('@/site/insights/benchmark').benchmarkOf
let contribute: typeof import('@/site/insights/share').contribute
let http: ReturnType<typeof httpClient>
const tokens: Record<string, string> = {}
let assessment: Assessment
let q16: AssessmentQuestion
let q17: AssessmentQuestion
const k = minGroup()
const noProfile: Profile = { size: notSaid, field: notSaid, region: notSaid }

/** A published question with published choices 1..n, as the site's questionnaire holds it. */
async function publishedQuestion(number: number, choices: number): Promise<AssessmentQuestion> {
  const payload = ctx.payload
  const question = await payload.create({
    collection: 'questions',
    data: { number, text: `Soru ${number}`, _status: 'published' },
  })
  const made = []
  for (let c = 1; c <= choices; c++) {
    const choice = await payload.create({
      collection: 'choices',
      data: { question: question.id, number: c, label: `Cevap ${number}.${c}`, _status: 'published' },
    })
    made.push({
      id: choice.id,
      number: c,
      label: { value: `Cevap ${number}.${c}`, lang: 'tr' as const },
      level: null,
      advice: null,
    })
  }
  return {
    id: question.id,
    number,
    text: { value: `Soru ${number}`, lang: 'tr' },
    sample: false,
    area: 1,
    choices: made,
  }
}

beforeAll(async () => {
  ;({ benchmarkOf } = await import('@/site/insights/benchmark'))
  ;({ contribute } = await import('@/site/insights/share'))
  http = httpClient(ctx.payload)
  await createCast(ctx.payload)
  for (const who of ['admin', 'editor', 'translator']) tokens[who] = await tokenFor(ctx.payload, `${who}@example.org`)
  q16 = await publishedQuestion(16, 3)
  q17 = await publishedQuestion(17, 2)
  assessment = {
    areas: [{ index: 1, id: null, title: null, questions: [q16, q17] }],
    questions: new Map([q16, q17].map((q) => [q.number, q])),
    levels: [],
  }
})

beforeEach(async () => {
  await deleteAllContributions(ctx.payload)
})

const form = (fields: Record<string, string>, token = makeShareToken(ctx.payload.secret)) =>
  new URLSearchParams({ ...fields, token })

/** `count` contributions answering question 16 with `choice`, from a profile. */
async function contributions(count: number, choice: number, profile: Partial<Profile> = {}) {
  const c = q16.choices.find((x) => x.number === choice)!
  for (let i = 0; i < count; i++)
    await storeContribution(
      ctx.payload,
      { ...noProfile, ...profile },
      [{ question: q16.id, questionNumber: 16, choice: c.id, choiceNumber: choice }],
      new Date(),
    )
}

const benchmark = async (filter?: string) => benchmarkOf(assessment, await readTally(ctx.payload), k, filter)
const stored = () =>
  ctx.payload.db.find<Record<string, unknown>>({ collection: 'assessment-contributions', limit: 0, pagination: false })

describe('a contribution', () => {
  it('keeps the answers with their question and choice ids and numbers, the profile and the month, nothing else', async () => {
    const outcome = await contribute(
      ctx.payload,
      assessment,
      form({
        q16: '2',
        q17: '0',
        size: '6-20',
        field: 'rights',
        region: 'somewhere',
        back: '/tr/assessment/report?q16=2',
      }),
      '203.0.113.7',
    )
    expect(outcome).toEqual({ kind: 'added', answers: 1 })
    const { docs } = await stored()
    expect(docs).toHaveLength(1)
    const row = docs[0]!
    expect(Object.keys(row).sort()).toEqual(['answers', 'field', 'id', 'month', 'region', 'size'])
    expect(row).toMatchObject({
      size: '6-20',
      field: 'rights',
      // Not in the fixed list: kept as "not said", never as written.
      region: notSaid,
      answers: [{ question: q16.id, questionNumber: 16, choice: q16.choices[1]!.id, choiceNumber: 2 }],
    })
    expect(row.month).toMatch(/^\d{4}-\d{2}$/)

    // The table itself: no other column, and no address or time of day anywhere in the database's rows for it.
    const db = ctx.payload.db as unknown as { name: string; drizzle?: { all: (q: unknown) => Promise<unknown[]> } }
    if (db.name === 'sqlite' && db.drizzle) {
      const columns = (await db.drizzle.all(sql`PRAGMA table_info(assessment_contributions)`)) as Array<{
        name: string
      }>
      expect(columns.map((c) => c.name).sort()).toEqual(['answers', 'field', 'id', 'month', 'region', 'size'])
      const everything = JSON.stringify(await db.drizzle.all(sql`SELECT * FROM rota_rate_limits`))
      expect(everything).not.toContain('203.0.113.7')
      const claims = (await db.drizzle.all(sql`SELECT * FROM claims WHERE holder = 'share-token'`)) as Array<
        Record<string, string>
      >
      expect(claims).toHaveLength(1)
      for (const date of [claims[0]!.created_at, claims[0]!.updated_at, claims[0]!.expires_at])
        expect(date).toMatch(/T00:00:00\.000Z$/)
    }
    expect(JSON.stringify(docs)).not.toMatch(/203\.0\.113\.7|report|T\d\d:\d\d/)
  })

  it('counts a token once: sent again, nothing is added and the reader is asked once more with a new token', async () => {
    const sent = form({ q16: '1' })
    expect((await contribute(ctx.payload, assessment, sent, '203.0.113.8')).kind).toBe('added')
    const again = await contribute(ctx.payload, assessment, sent, '203.0.113.9')
    expect(again.kind).toBe('confirm')
    expect((await stored()).docs).toHaveLength(1)
    // The new token counts once too.
    const token = again.kind === 'confirm' ? again.token : ''
    expect((await contribute(ctx.payload, assessment, form({ q16: '1' }, token), '203.0.113.9')).kind).toBe('added')
    expect((await contribute(ctx.payload, assessment, form({ q16: '1' }, token), '203.0.113.9')).kind).toBe('confirm')
    expect((await stored()).docs).toHaveLength(2)
  })

  it('refuses a token not made here or too old, and adds nothing', async () => {
    const forged = `${Date.now()}.${'a'.repeat(32)}.${'b'.repeat(64)}`
    const old = makeShareToken(ctx.payload.secret, Date.now() - limits.insights.tokenMs - 60_000)
    for (const token of [forged, old, '']) {
      expect((await contribute(ctx.payload, assessment, form({ q16: '1' }, token), '203.0.113.10')).kind).toBe(
        'confirm',
      )
    }
    expect((await stored()).docs).toHaveLength(0)
  })

  it(`takes at most ${limits.insights.contributionsPerDay} a day from one address; others still may`, async () => {
    for (let i = 0; i < limits.insights.contributionsPerDay; i++)
      expect((await contribute(ctx.payload, assessment, form({ q16: '3' }), '198.51.100.1')).kind).toBe('added')
    expect((await contribute(ctx.payload, assessment, form({ q16: '3' }), '198.51.100.1')).kind).toBe('too-many')
    expect((await contribute(ctx.payload, assessment, form({ q16: '3' }), '198.51.100.2')).kind).toBe('added')
    expect((await stored()).docs).toHaveLength(limits.insights.contributionsPerDay + 1)
  })

  it('adds nothing when no question has an answer other than "not sure", and that does not count against the address', async () => {
    for (let i = 0; i < limits.insights.contributionsPerDay + 1; i++)
      expect((await contribute(ctx.payload, assessment, form({ q16: '0', q99: '1' }), '198.51.100.3')).kind).toBe(
        'empty',
      )
    expect((await contribute(ctx.payload, assessment, form({ q16: '1' }), '198.51.100.3')).kind).toBe('added')
  })
})

describe('"Örgütler arasında": k-anonymity', () => {
  it(`shows nothing with ${k - 1} contributions to a question, and the figure with ${k}`, async () => {
    await contributions(k - 1, 2)
    expect((await benchmark()).question(q16)).toBeNull()
    await contributions(1, 1)
    const figure = (await benchmark()).question(q16)
    expect(figure?.n).toBe(k)
    expect(figure?.choices.map((c) => [c.choice.number, c.count])).toEqual([
      [1, 1],
      [2, k - 1],
      [3, 0],
    ])
    // Question 17 had no answers: nothing.
    expect((await benchmark()).question(q17)).toBeNull()
  })

  it('offers no filter that isolates fewer than k, even by subtracting the groups shown from the total', async () => {
    await contributions(k, 1, { size: '6-20' })
    await contributions(k - 1, 2, { size: '1-5' })
    // 6-20 alone meets k, but everyone less 6-20 would be the k−1 others: neither is offered.
    let found = await benchmark('size:6-20')
    expect(found.offers.find((o) => o.dimension.name === 'size')).toBeUndefined()
    expect(found.filter).toBeNull()
    expect(found.question(q16)?.n).toBe(2 * k - 1)

    await contributions(1, 2, { size: '1-5' })
    found = await benchmark('size:1-5')
    expect(found.offers.find((o) => o.dimension.name === 'size')?.groups.map((g) => g.key)).toEqual(['1-5', '6-20'])
    expect(found.filter?.param).toBe('size:1-5')
    expect(found.question(q16)?.choices.map((c) => c.count)).toEqual([0, k, 0])
    // A group that was not offered is no filter: the figures stay everyone's.
    expect((await benchmark('size:21-50')).filter).toBeNull()
  })

  it('under a filter, a question whose group has fewer than k answers shows nothing', async () => {
    await contributions(k, 1, { region: 'ege' })
    await contributions(k, 1, { region: 'marmara' })
    // Question 17: every Ege contribution but one answered it, and only they.
    const [c1] = q17.choices
    for (let i = 0; i < k - 1; i++)
      await storeContribution(
        ctx.payload,
        { ...noProfile, region: 'ege' },
        [{ question: q17.id, questionNumber: 17, choice: c1!.id, choiceNumber: 1 }],
        new Date(),
      )
    const found = await benchmark('region:ege')
    expect(found.filter?.param).toBe('region:ege')
    expect(found.question(q16)?.n).toBe(k)
    expect(found.question(q17)).toBeNull()
  })

  it('counts old contributions under the choice they chose, whatever its number is now', async () => {
    await contributions(k, 3)
    await ctx.payload.update({ collection: 'choices', id: q16.choices[2]!.id, data: { number: 9 } })
    const renumbered = { ...q16, choices: q16.choices.map((c) => (c.number === 3 ? { ...c, number: 9 } : c)) }
    const figure = benchmarkOf(
      { ...assessment, questions: new Map([[16, renumbered]]) },
      await readTally(ctx.payload),
      k,
      null,
    ).question(renumbered)
    expect(figure?.choices.find((c) => c.choice.number === 9)?.count).toBe(k)
    const { json } = await http.rest('GET', 'assessment-insights', { token: tokens.editor })
    const questions = json.questions as Array<{ number: number; choices: Array<{ number: number; count: number }> }>
    expect(questions.find((q) => q.number === 16)?.choices).toEqual([
      { number: 1, count: 0 },
      { number: 2, count: 0 },
      { number: 9, count: k },
    ])
    await ctx.payload.update({ collection: 'choices', id: q16.choices[2]!.id, data: { number: 3 } })
  })
})

describe('GET /api/assessment-insights', () => {
  it('answers anonymous readers 403', async () => {
    expect((await http.rest('GET', 'assessment-insights')).status).toBe(403)
    expect((await http.rest('GET', 'assessment-insights/csv')).status).toBe(403)
  })

  it('gives staff exactly the totals per published question and choice, and the same as CSV', async () => {
    await contributions(3, 2)
    await contributions(1, 1)
    const { status, json } = await http.rest('GET', 'assessment-insights', { token: tokens.translator })
    expect(status).toBe(200)
    expect(json).toEqual({
      questions: [
        {
          number: 16,
          contributions: 4,
          choices: [
            { number: 1, count: 1 },
            { number: 2, count: 3 },
            { number: 3, count: 0 },
          ],
        },
        {
          number: 17,
          contributions: 0,
          choices: [
            { number: 1, count: 0 },
            { number: 2, count: 0 },
          ],
        },
      ],
    })
    const restRoute = await import('@/app/(payload)/api/[...slug]/route')
    const csv = await restRoute.GET(
      new Request('http://localhost/api/assessment-insights/csv', {
        headers: { Authorization: `JWT ${tokens.editor}` },
      }),
      { params: Promise.resolve({ slug: ['assessment-insights', 'csv'] }) },
    )
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect((await csv.text()).replace('\ufeff', '').split('\r\n').slice(0, 3)).toEqual([
      'soru,katki,cevap,sayi',
      '16,4,1,1',
      '16,4,2,3',
    ])
  })

  it('lets only an administrator delete every contribution, with the confirmation, and logs it', async () => {
    await contributions(2, 1)
    const asEditor = await http.rest('POST', 'assessment-insights/delete', {
      token: tokens.editor,
      body: { confirm: 'TÜMÜNÜ SİL' },
    })
    expect(asEditor.status).toBe(403)
    const unconfirmed = await http.rest('POST', 'assessment-insights/delete', { token: tokens.admin, body: {} })
    expect(unconfirmed.status).toBe(400)
    expect((await stored()).docs).toHaveLength(2)
    const done = await http.rest('POST', 'assessment-insights/delete', {
      token: tokens.admin,
      body: { confirm: 'TÜMÜNÜ SİL' },
    })
    expect(done).toMatchObject({ status: 200, json: { deleted: 2 } })
    expect((await stored()).docs).toHaveLength(0)
    const log = await ctx.payload.find({
      collection: 'activity-log',
      where: { action: { equals: 'contributions_deleted' } },
    })
    expect(log.docs[0]).toMatchObject({ personName: expect.any(String), documentTitle: '2 anonim katkı' })
  })
})

describe('"İçgörüler" for editors', () => {
  it('narrows the figures to a profile group only where k allows, as on the report', async () => {
    await contributions(k, 1, { size: '6-20' })
    await contributions(k, 2, { size: '1-5' })
    await contributions(k - 1, 3, { size: '21-50' })
    // Those who did not say: with them, what the shown groups leave out is at least k.
    await contributions(k, 3)
    const totals = await readTally(ctx.payload)
    const offers = filterOffers(totals, k)
    expect(offers.find((o) => o.dimension.name === 'size')?.groups.map((g) => g.key)).toEqual(['1-5', '6-20'])
    // A group of k − 1 is not offered, even when asked for by address.
    expect(offeredFilter(offers, 'size:21-50')).toBeNull()

    const questions = await publishedQuestions(ctx.payload)
    const narrowed = insightQuestions(questions, totals, { filter: offeredFilter(offers, 'size:1-5')!, k })
    expect(narrowed.find((q) => q.number === 16)).toEqual({
      number: 16,
      contributions: k,
      choices: [
        { number: 1, count: 0 },
        { number: 2, count: k },
        { number: 3, count: 0 },
      ],
    })
    // Nobody in the group answered 17: nothing is given, not even a zero that could be differenced.
    expect(narrowed.find((q) => q.number === 17)).toEqual({ number: 17, contributions: 0, choices: [], hidden: true })
  })

  it('"Önce bunları gözden geçirin" puts a chosen advice with a missing translation and a broken link before a more chosen one in order', async () => {
    const [c1, c2] = q16.choices
    const sound = await ctx.payload.create({
      collection: 'resources',
      data: { url: 'https://example.org/saglam', title: 'Sağlam kaynak', _status: 'published' },
    })
    const gone = await ctx.payload.create({
      collection: 'resources',
      data: { url: 'https://example.org/kayip', title: 'Kayıp kaynak', _status: 'published' },
    })
    await ctx.payload.create({
      collection: 'link-checks',
      data: { resource: gone.id, url: gone.url, state: 'broken', httpStatus: 404, checkedAt: new Date().toISOString() },
    })
    const inOrder = await ctx.payload.create({
      collection: 'advice',
      data: { choice: c1.id, body: paragraphs('Düzgün reçete'), resources: [sound.id], _status: 'published' },
    })
    await ctx.payload.update({
      collection: 'advice',
      id: inOrder.id,
      locale: 'en',
      data: { body: paragraphs('Advice in order'), _status: 'published' },
    })
    const toMend = await ctx.payload.create({
      collection: 'advice',
      data: { choice: c2.id, body: paragraphs('Eksik reçete'), resources: [gone.id], _status: 'published' },
    })
    await contributions(5, 1)
    await contributions(3, 2)

    const review = await reviewFirst(ctx.payload, await publishedQuestions(ctx.payload), await readTally(ctx.payload))
    expect(review.map((r) => r.advice.id)).toEqual([toMend.id, inOrder.id])
    expect(review[0]).toMatchObject({ question: 16, choice: 2, count: 3, brokenLinks: 1 })
    expect(review[0].translations).toContainEqual({ locale: 'en', state: 'missing' })
    expect(review[1]).toMatchObject({ question: 16, choice: 1, count: 5, brokenLinks: 0 })
    expect(review[1].translations).not.toContainEqual(expect.objectContaining({ locale: 'en' }))
  })

  it('counts a question published or withdrawn a moment ago: the questions kept between visits follow publishing', async () => {
    const numbers = async () => (await publishedQuestions(ctx.payload)).map((q) => q.number)
    expect(await numbers()).not.toContain(18)
    const q18 = await publishedQuestion(18, 2)
    expect(await numbers()).toContain(18)
    expect((await publishedQuestions(ctx.payload)).find((q) => q.number === 18)?.choices).toHaveLength(2)
    await ctx.payload.update({ collection: 'questions', id: q18.id, data: { _status: 'draft' } })
    expect(await numbers()).not.toContain(18)
  })
})

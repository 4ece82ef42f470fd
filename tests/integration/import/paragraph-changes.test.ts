import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { exportXliff } from '@content-import/xliff/export-xliff'
import { importXliff } from '@content-import/xliff/import-xliff'
import { recordMissingUnits } from '@/cms/translation-status/backfill'
import { richTextUnits } from '@/rich-text/segments'
import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { tempDir } from '@tests/support/import'
import { paragraphs } from '@tests/support/lexical'
import { fillTargets, readWithXliffLibrary, xmllint } from '@tests/support/xliff'

/**
 * Paragraph-level changes (issue 25): a translation's state knows which of its Turkish
 * paragraphs changed since it was made. One paragraph of ten changes in the Turkish: the state
 * says 1 of 10, the form's endpoint lists that paragraph beside the translation, a list reads
 * the counts with the status, and `--only outdated` sends that unit to translate with the nine
 * others as context (`translate="no"`), which the import leaves alone.
 */
const ctx = usePayload()
const http = httpClient(ctx.payload)
let cast: Cast
let editor: string
let adviceId: string

const turkish = Array.from({ length: 10 }, (_, i) => `Türkçe paragraf ${i + 1}.`)
const english = turkish.map((_, i) => `English paragraph ${i + 1}.`)
const changedTurkish = turkish.map((text, i) => (i === 3 ? 'Türkçe paragraf dört, yeniden yazıldı.' : text))

const stateRow = async () =>
  (
    await ctx.payload.find({
      collection: 'translation-states',
      where: {
        and: [{ scope: { equals: 'advice' } }, { document: { equals: adviceId } }, { locale: { equals: 'en' } }],
      },
      depth: 0,
    })
  ).docs[0]

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  editor = await tokenFor(ctx.payload, cast.editor.email)
  adviceId = String((await createPublishedAdvice(ctx.payload, 9, 'geçici')).advice.id)
  // Turkish published, translated and published, then one paragraph of ten changes in Turkish.
  await ctx.payload.update({
    collection: 'advice',
    id: adviceId,
    locale: 'tr',
    data: { body: paragraphs(...turkish), _status: 'published' },
  })
  await ctx.payload.update({
    collection: 'advice',
    id: adviceId,
    locale: 'en',
    data: { body: paragraphs(...english), _status: 'published' },
    publishSpecificLocale: 'en',
  })
  expect((await stateRow()).status).toBe('current')
  await ctx.payload.update({
    collection: 'advice',
    id: adviceId,
    locale: 'tr',
    data: { body: paragraphs(...changedTurkish), _status: 'published' },
    overrideAccess: false,
    user: cast.editor,
  })
})

describe('an outdated translation, paragraph by paragraph', () => {
  it('its state row says 1 of 10 paragraphs changed, counted at the write', async () => {
    expect(await stateRow()).toMatchObject({ status: 'outdated', unitsTotal: 10, unitsChanged: 1 })
  })

  it('staff read the counts beside the status, also when a list selects only the status column', async () => {
    const one = await http.rest('GET', `advice/${adviceId}?depth=0&draft=true`, { token: editor })
    expect(one.json.translationStatus).toEqual({ en: 'outdated' })
    expect(one.json.translationChanges).toEqual({ en: { total: 10, changed: 1 } })
    const list = await http.rest(
      'GET',
      `advice?where[id][equals]=${adviceId}&select[translationStatus]=true&depth=0&draft=true`,
      { token: editor },
    )
    const [row] = list.json.docs as Array<Record<string, unknown>>
    expect(row.translationChanges).toEqual({ en: { total: 10, changed: 1 } })
    // Nobody but staff: anonymous readers get neither.
    const anonymous = await http.rest('GET', `advice/${adviceId}?depth=0`)
    expect(anonymous.json).not.toHaveProperty('translationChanges')
  })

  it('the form is told the changed paragraph only: Turkish then, Turkish now, the translation at its place', async () => {
    const { status, json } = await http.rest('GET', `translation-status/advice/${adviceId}?locale=en`, {
      token: editor,
    })
    expect(status).toBe(200)
    expect(json.paragraphs).toEqual({
      total: 10,
      changed: [
        {
          field: 'body',
          before: { id: 'body-3', text: 'Türkçe paragraf 4.' },
          now: { id: 'body-3', text: 'Türkçe paragraf dört, yeniden yazıldı.' },
          formatOnly: false,
          translation: 'English paragraph 4.',
          translationAt: 'body-3',
        },
      ],
    })
  })

  it('--only outdated exports the changed unit to translate and the nine others as context, translate="no"', async () => {
    const dir = tempDir('rota-paragraphs-')
    const report = await exportXliff(ctx.payload, dir, { locale: 'en', only: ['outdated'] })
    expect(report).toMatchObject({ documents: 1, units: 1, context: 9 })
    const file = path.join(dir, 'soru-009.xlf')
    expect(xmllint(file)).toEqual({ ok: true, errors: '' })
    const xml = readFileSync(file, 'utf8')
    const units = [...xml.matchAll(/<unit id="([^"]+)"[^>]*?( translate="no")?>/g)].map((m) => [m[1], Boolean(m[2])])
    expect(units).toEqual(turkish.map((_, i) => [`body-${i}`, i !== 3]))
    // The changed unit carries the old translation as a starting point; the context its translation.
    expect(xml).toMatch(
      /<unit id="body-3" name="paragraph">[\s\S]*?<segment state="initial"><source>Türkçe paragraf dört, yeniden yazıldı\.<\/source><target>English paragraph 4\.<\/target>/,
    )
    expect(xml).toMatch(
      /<unit id="body-0" name="paragraph" translate="no">[\s\S]*?<target>English paragraph 1\.<\/target>/,
    )
    const parsed = await readWithXliffLibrary(xml)
    const advice = Object.entries(parsed.resources).find(([name]) => name.startsWith('advice'))![1]
    expect(Object.keys(advice)).toHaveLength(10)

    // A tool that fills every target anyway: only the unit to translate is written back.
    const filled = fillTargets(xml.replace(/<target>[\s\S]*?<\/target>/g, ''), (text) => `NEW ${text}`)
    writeFileSync(file, filled)
    const imported = await importXliff(ctx.payload, [file], { locale: 'en', status: 'draft' })
    expect(imported.errors).toEqual([])
    expect(imported.units).toEqual([])
    const draft = await ctx.payload.findByID({
      collection: 'advice',
      id: adviceId,
      locale: 'en',
      fallbackLocale: false,
      draft: true,
      depth: 0,
    })
    expect(richTextUnits('body', draft.body).map((u) => u.text)).toEqual(
      english.map((text, i) => (i === 3 ? 'NEW Türkçe paragraf dört, yeniden yazıldı.' : text)),
    )
    // Every changed unit translated, the others standing: the translation is current again.
    expect(await stateRow()).toMatchObject({ status: 'current', unitsTotal: null, unitsChanged: null })
  })
})

describe('states from before paragraphs were kept', () => {
  let id: string
  const rowOf = async (locale: string) =>
    (
      await ctx.payload.find({
        collection: 'translation-states',
        where: { and: [{ scope: { equals: 'advice' } }, { document: { equals: id } }, { locale: { equals: locale } }] },
        depth: 0,
      })
    ).docs[0]
  const forget = async () => {
    // As the rows were before: the history's plain text only, no counts.
    const turkishRow = await rowOf('tr')
    const history = (turkishRow.history as Array<Record<string, unknown>>).map(({ units: _units, ...v }) => v)
    await ctx.payload.update({
      collection: 'translation-states',
      id: turkishRow.id,
      data: { history, unitsTotal: null, unitsChanged: null },
    })
  }
  const publish = (locale: 'tr' | 'en', texts: string[]) =>
    ctx.payload.update({
      collection: 'advice',
      id,
      locale,
      data: { body: paragraphs(...texts), _status: 'published' },
      ...(locale === 'en' ? { publishSpecificLocale: 'en' } : {}),
    })

  beforeAll(async () => {
    id = String((await createPublishedAdvice(ctx.payload, 10, 'geçici')).advice.id)
    await publish('tr', turkish)
    await publish('en', english)
  })

  it('an outdated translation made from an unkept Turkish is compared field by field, as before', async () => {
    await forget()
    await publish('tr', changedTurkish)
    expect(await rowOf('en')).toMatchObject({ status: 'outdated', unitsTotal: null, unitsChanged: null })
    const { json } = (await http.rest('GET', `translation-status/advice/${id}?locale=en`, {
      token: editor,
    })) as unknown as {
      json: { paragraphs: unknown; madeFrom: { text: { body: string } }; turkishNow: { text: { body: string } } }
    }
    expect(json.paragraphs).toBeNull()
    expect(json.madeFrom.text.body).toContain('Türkçe paragraf 4.')
    expect(json.turkishNow.text.body).toContain('Türkçe paragraf dört')
  })

  it('npm start keeps the Turkish of such rows paragraph by paragraph; its next change is counted', async () => {
    // Translated again, from the Turkish now.
    await publish(
      'en',
      english.map((text) => `${text} Again.`),
    )
    expect(await rowOf('en')).toMatchObject({ status: 'current' })
    await forget()
    expect(await recordMissingUnits(ctx.payload)).toBeGreaterThanOrEqual(1)
    expect(await rowOf('tr')).toMatchObject({ unitsTotal: 10 })
    expect(await recordMissingUnits(ctx.payload)).toBe(0)
    // Over REST this time: the answer to the write carries the counts it recorded.
    const written = await http.rest('PATCH', `advice/${id}?locale=tr&depth=0`, {
      token: editor,
      body: {
        body: paragraphs(...changedTurkish.map((text, i) => (i === 9 ? 'Son paragraf değişti.' : text))),
        _status: 'published',
      },
    })
    expect(written.status).toBe(200)
    expect((written.json.doc as Record<string, unknown>).translationChanges).toEqual({
      en: { total: 10, changed: 1 },
    })
    expect(await rowOf('en')).toMatchObject({ status: 'outdated', unitsTotal: 10, unitsChanged: 1 })
  })
})

describe('a paragraph inserted in the Turkish', () => {
  let id: string
  const inserted = [...turkish.slice(0, 2), 'Araya eklenen yeni paragraf.', ...turkish.slice(2)]
  const publish = (locale: 'tr' | 'en', texts: string[]) =>
    ctx.payload.update({
      collection: 'advice',
      id,
      locale,
      data: { body: paragraphs(...texts), _status: 'published' },
      ...(locale === 'en' ? { publishSpecificLocale: 'en' } : {}),
    })

  beforeAll(async () => {
    id = String((await createPublishedAdvice(ctx.payload, 11, 'geçici')).advice.id)
    await publish('tr', turkish)
    await publish('en', english)
    await publish('tr', inserted)
  })

  it('counts only it, and exports only it: the later paragraphs are context under their new ids', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'translation-states',
      where: { and: [{ scope: { equals: 'advice' } }, { document: { equals: id } }, { locale: { equals: 'en' } }] },
      depth: 0,
    })
    expect(docs[0]).toMatchObject({ status: 'outdated', unitsTotal: 11, unitsChanged: 1 })

    const dir = tempDir('rota-paragraphs-inserted-')
    await exportXliff(ctx.payload, dir, { locale: 'en', only: ['outdated'] })
    const file = path.join(dir, 'soru-011.xlf')
    expect(xmllint(file)).toEqual({ ok: true, errors: '' })
    const xml = readFileSync(file, 'utf8')
    const units = [...xml.matchAll(/<unit id="([^"]+)"[^>]*?( translate="no")?>/g)].map((m) => [m[1], Boolean(m[2])])
    expect(units).toEqual(inserted.map((_, i) => [`body-${i}`, i !== 2]))
    // The paragraph after the new one carries the translation made from it, not its neighbour's.
    expect(xml).toMatch(
      /<unit id="body-3" name="paragraph" translate="no">[\s\S]*?<source>Türkçe paragraf 3\.<\/source><target>English paragraph 3\.<\/target>/,
    )
    expect(xml).toMatch(
      /<unit id="body-2" name="paragraph">[\s\S]*?<source>Araya eklenen yeni paragraf\.<\/source><\/segment>/,
    )

    writeFileSync(
      file,
      fillTargets(xml.replace(/<target>[\s\S]*?<\/target>/g, ''), (text) => `NEW ${text}`),
    )
    const imported = await importXliff(ctx.payload, [file], { locale: 'en', status: 'draft' })
    expect(imported.errors).toEqual([])
    expect(imported.warnings).toEqual([])
    const draft = await ctx.payload.findByID({
      collection: 'advice',
      id,
      locale: 'en',
      fallbackLocale: false,
      draft: true,
      depth: 0,
    })
    expect(richTextUnits('body', draft.body).map((u) => u.text)).toEqual([
      ...english.slice(0, 2),
      'NEW Araya eklenen yeni paragraf.',
      ...english.slice(2),
    ])
  })
})

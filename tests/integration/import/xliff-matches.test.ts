import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { exportXliff } from '@content-import/xliff/export-xliff'
import { importXliff } from '@content-import/xliff/import-xliff'
import { richTextUnits } from '@/rich-text/segments'
import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { tempDir } from '@tests/support/import'
import { paragraphs } from '@tests/support/lexical'
import { readWithXliffLibrary, xmllint } from '@tests/support/xliff'

/**
 * The XLIFF export carries the translation memory's best matches as translation candidates
 * (XLIFF 2.0's Translation Candidates module, `<mtc:matches>`): a paragraph translated and
 * published before is offered with its score, a 100 % match pre-fills the target with
 * state="initial" for the translator to confirm. Units already translated carry none.
 */
const ctx = usePayload()
let cast: Cast

const social = 'Sosyal medya hesaplarımızı düzenli olarak kullanıyoruz.'
const socialEn = 'We use our social media accounts regularly.'
const website = 'Derneğimizin güncel bir web sitesi var.'
const websiteEn = 'Our association has an up-to-date website.'
// Three letters changed of 39: 92 % like `website`.
const websiteLike = 'Derneğimizin güncel bir web sitesi yok.'
const unrelated = 'Bağış kampanyalarımızı yılda bir kez planlıyoruz.'

let rememberedId: string
let newId: string
let boldId: string

/** `social` with its first two words in bold: the same text, with a formatting code. */
function boldSocial() {
  const body = paragraphs(social) as unknown as { root: { children: Array<{ children: unknown[] }> } }
  const text = (value: string, format: number) => ({
    type: 'text',
    text: value,
    format,
    style: '',
    mode: 'normal',
    detail: 0,
    version: 1,
  })
  body.root.children[0].children = [text('Sosyal medya', 1), text(social.slice('Sosyal medya'.length), 0)]
  return body as unknown as ReturnType<typeof paragraphs>
}

const publishTurkish = (id: string, ...texts: string[]) =>
  ctx.payload.update({
    collection: 'advice',
    id,
    locale: 'tr',
    data: { body: paragraphs(...texts), _status: 'published' },
    overrideAccess: false,
    user: cast.editor,
  })

/** The `<file>` of one document in a folder of exported files, with the file's path. */
function fileOf(dir: string, original: string): { file: string; xml: string } {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    const xml = readFileSync(file, 'utf8')
    const match = new RegExp(`<file [^>]*original="${original}"[\\s\\S]*?</file>`).exec(xml)
    if (match) return { file, xml: match[0] }
  }
  throw new Error(`${original} not exported`)
}

const unitOf = (xml: string, id: string) => new RegExp(`<unit id="${id}"[\\s\\S]*?</unit>`).exec(xml)?.[0] ?? ''

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  rememberedId = String((await createPublishedAdvice(ctx.payload, 1, 'yer tutucu')).advice.id)
  await publishTurkish(rememberedId, social, website)
  await ctx.payload.update({
    collection: 'advice',
    id: rememberedId,
    locale: 'en',
    draft: true,
    data: { body: paragraphs(socialEn, websiteEn) },
    overrideAccess: false,
    user: cast.translator,
  })
  await ctx.payload.update({
    collection: 'advice',
    id: rememberedId,
    locale: 'en',
    publishSpecificLocale: 'en',
    data: { _status: 'published' },
    overrideAccess: false,
    user: cast.editor,
  })
  newId = String((await createPublishedAdvice(ctx.payload, 2, 'yer tutucu')).advice.id)
  await publishTurkish(newId, social, websiteLike, unrelated)
  boldId = String((await createPublishedAdvice(ctx.payload, 3, 'yer tutucu')).advice.id)
  await ctx.payload.update({
    collection: 'advice',
    id: boldId,
    locale: 'tr',
    data: { body: boldSocial(), _status: 'published' },
    overrideAccess: false,
    user: cast.editor,
  })
})

describe('translation candidates in the XLIFF export', () => {
  it('offers the exact and the fuzzy match with their scores, pre-fills the exact one, and stays valid XLIFF', async () => {
    const dir = tempDir('rota-xliff-matches-')
    const report = await exportXliff(ctx.payload, dir, { locale: 'en' })
    expect(report.prefilled).toBe(1)

    const { file, xml } = fileOf(dir, `advice/${newId}`)
    expect(xmllint(file)).toEqual({ ok: true, errors: '' })
    const whole = readFileSync(file, 'utf8')
    expect(whole).toContain('xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"')

    const exact = unitOf(xml, 'body-0')
    expect(exact).toContain(
      `<mtc:matches><mtc:match ref="#s1" similarity="100" matchQuality="100" origin="ROTA advice/${rememberedId}"><source>${social}</source><target>${socialEn}</target></mtc:match></mtc:matches>`,
    )
    expect(exact).toContain(`<segment id="s1" state="initial"><source>${social}</source><target>${socialEn}</target>`)

    const fuzzy = unitOf(xml, 'body-1')
    expect(fuzzy).toContain(
      `<mtc:match ref="#s1" similarity="92" matchQuality="92" origin="ROTA advice/${rememberedId}"><source>${website}</source><target>${websiteEn}</target></mtc:match>`,
    )
    // Below 100 % the translator writes the target: none is pre-filled.
    expect(fuzzy).toContain(`<segment id="s1"><source>${websiteLike}</source></segment>`)

    // Nothing remembered is like it: no candidates, the segment as without the memory.
    expect(unitOf(xml, 'body-2')).not.toContain('mtc:')
    expect(unitOf(xml, 'body-2')).toContain(`<segment><source>${unrelated}</source></segment>`)

    // The published, current translation the memory came from is not offered its own pairs.
    expect(fileOf(dir, `advice/${rememberedId}`).xml).not.toContain('mtc:')

    // The independent reader sees the segment's source and target, not the candidates'.
    const parsed = await readWithXliffLibrary(whole)
    const units = Object.entries(parsed.resources).find(([f]) => f === `advice_${newId}`)![1]
    expect(units['body-0'].source).toBe(social)
    expect(units['body-0'].target).toBe(socialEn)
    expect(units['body-1'].source).toBe(websiteLike)
    expect(units['body-1'].target ?? '').toBe('')
    const extra = (units['body-1'] as { additionalElements?: Array<{ name: string }> }).additionalElements
    expect(extra?.map((e) => e.name)).toEqual(['mtc:matches'])
  })

  it('a unit with formatting gets the 100 % match as a candidate only: the memory keeps plain text', async () => {
    const dir = tempDir('rota-xliff-matches-')
    await exportXliff(ctx.payload, dir, { locale: 'en' })
    const unit = unitOf(fileOf(dir, `advice/${boldId}`).xml, 'body-0')
    expect(unit).toContain(`<mtc:match ref="#s1" similarity="100" matchQuality="100"`)
    expect(unit).toMatch(/<segment id="s1"><source><pc id="1" [^>]*>Sosyal medya<\/pc>[^<]*<\/source><\/segment>/)
  })

  it('an untouched pre-filled target is imported as the draft translation of its paragraph', async () => {
    const dir = tempDir('rota-xliff-matches-')
    await exportXliff(ctx.payload, dir, { locale: 'en' })
    const report = await importXliff(ctx.payload, [fileOf(dir, `advice/${newId}`).file], {
      locale: 'en',
      status: 'draft',
    })
    expect(report.errors).toEqual([])
    const draft = await ctx.payload.findByID({
      collection: 'advice',
      id: newId,
      locale: 'en',
      fallbackLocale: false,
      draft: true,
      depth: 0,
    })
    expect(richTextUnits('body', draft.body)[0]?.text).toBe(socialEn)
  })
})

import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { importContent } from '@content-import/import'
import { translatable } from '@content-import/xliff/documents'
import { exportXliff } from '@content-import/xliff/export-xliff'
import { translatedFields } from '@/cms/translation-status/hooks'
import { importXliff, retranslateMessage } from '@content-import/xliff/import-xliff'
import { nodesOf } from '@/rich-text/tree'
import { richTextUnits } from '@/rich-text/segments'
import { usePayload } from '@tests/support/boot'
import { findAdvice, tempDir } from '@tests/support/import'
import { fillFolder, fillTargets, readWithXliffLibrary, xmllint } from '@tests/support/xliff'

/**
 * Agencies and CAT tools: the published Turkish out as XLIFF 2.0, every paragraph, heading,
 * list item and title a unit with its formatting and links as inline codes; the targets a
 * tool fills in come back as English drafts, formatting and links whole; a Turkish paragraph
 * changed while the file was away is listed, not applied.
 */
const ctx = usePayload()

const questionFile = `---
title: Web sitenizi nasıl kullanıyorsunuz?
question_id: 5
area: İletişim
---
Sitenin **ne sıklıkla** güncellendiğini düşünün.
`
const adviceFile = `---
title: Web sitemiz var ama güncel değil.
question_id: 5
choice_id: 1
---
## Neden önemli?

Güncel bir site **güven** verir; *düzenli* güncelleyin ve [STGM rehberine](https://www.stgm.org.tr/rehber?a=1&b=2) bakın.

- Birinci **adım**
- İkinci adım
  - İç içe madde

Son paragraf.
`

const english = (text: string) => `EN ${text}`

async function exported(only?: Array<'missing' | 'outdated' | 'current'>) {
  const dir = tempDir('rota-xliff-out-')
  const report = await exportXliff(ctx.payload, dir, { locale: 'en', only })
  return { dir, report, file: path.join(dir, 'soru-005.xlf') }
}

const draftEnglish = async () => {
  const advice = await findAdvice(ctx.payload, 5, 1, { draft: true })
  return ctx.payload.findByID({
    collection: 'advice',
    id: advice.id,
    locale: 'en',
    fallbackLocale: false,
    draft: true,
    depth: 0,
  })
}

beforeAll(async () => {
  const dir = tempDir('rota-xliff-tr-')
  writeFileSync(path.join(dir, 'soru-005.md'), questionFile)
  writeFileSync(path.join(dir, 'soru-005-secenek-1.md'), adviceFile)
  const report = await importContent(ctx.payload, [dir], { locale: 'tr', status: 'published' })
  expect(report.errors).toEqual([])
})

describe('XLIFF export', () => {
  it('translates the fields the CMS follows the translation of', () => {
    for (const [collection, fields] of Object.entries(translatable))
      expect(translatedFields(ctx.payload.collections[collection as 'advice'].config.fields)).toEqual(
        Object.keys(fields),
      )
  })

  it('writes XLIFF 2.0 that xmllint and the xliff library read: units, fingerprints, inline codes', async () => {
    const { dir, file, report } = await exported()
    expect(readdirSync(dir).sort()).toEqual(['alanlar.xlf', 'soru-005.xlf'])
    expect(report.documents).toBe(4)
    for (const name of readdirSync(dir)) expect(xmllint(path.join(dir, name))).toEqual({ ok: true, errors: '' })
    const xml = readFileSync(file, 'utf8')
    expect(xml).toContain('srcLang="tr" trgLang="en"')

    const parsed = await readWithXliffLibrary(xml)
    expect([parsed.sourceLanguage, parsed.targetLanguage]).toEqual(['tr', 'en'])
    const files = Object.keys(parsed.resources)
    expect(files.map((f) => f.split('_')[0]).sort()).toEqual(['advice', 'choices', 'questions'])
    const advice = Object.entries(parsed.resources).find(([f]) => f.startsWith('advice'))![1]
    // Heading, paragraph, two list items, the nested item, the last paragraph.
    expect(Object.keys(advice)).toEqual(['body-0', 'body-1', 'body-2.0', 'body-2.1', 'body-2.2.0.0', 'body-3'])
    expect(JSON.stringify(advice['body-1'].source)).toContain('güven')

    // The link's target is an attribute, never text a translator could break; bold is a <pc>.
    expect(xml).toMatch(
      /<pc id="\d+" type="link" fs:fs="a" fs:subFs="href,https:\/\/www\.stgm\.org\.tr\/rehber\?a=1&amp;b=2">STGM rehberine<\/pc>/,
    )
    expect(xml).toMatch(/<pc id="\d+" type="fmt" subType="xlf:b" fs:fs="b">güven<\/pc>/)
    expect(xml).toMatch(/<note category="rota:turkish-fingerprint">[0-9a-f]{16}<\/note>/)
    // An agency tells the advice apart by their question and choice, as the CMS names them.
    expect(xml).toContain('<note category="rota:title">Reçete: Soru 5 · Seçenek 1</note>')
    expect(xml).toMatch(/<unit id="label" name="text">/)
    // Nothing translated yet: no targets.
    expect(xml).not.toContain('<target>')
  })
})

describe('XLIFF import', () => {
  it('a tool fills the targets: English drafts with formatting and links intact, Turkish untouched', async () => {
    const { dir } = await exported()
    fillFolder(dir, english)
    const report = await importXliff(ctx.payload, [dir], { locale: 'en', status: 'draft' })
    expect(report.errors).toEqual([])
    expect(report.units).toEqual([])
    expect(report.updated).toMatchObject({ questions: 1, choices: 1, advice: 1, areas: 1 })

    const doc = await draftEnglish()
    const units = richTextUnits('body', doc.body)
    expect(units.map((u) => u.text)).toEqual([
      'EN Neden önemli?',
      'EN Güncel bir site EN güvenEN  verir; EN düzenliEN  güncelleyin ve EN STGM rehberineEN  bakın.',
      'EN Birinci EN adım',
      'EN İkinci adım',
      'EN İç içe madde',
      'EN Son paragraf.',
    ])
    const nodes = [...nodesOf(doc.body)]
    const link = nodes.find((n) => n.type === 'link')
    expect(link?.fields?.url).toBe('https://www.stgm.org.tr/rehber?a=1&b=2')
    expect(link?.children?.[0]?.text).toBe('EN STGM rehberine')
    expect(nodes.find((n) => n.text === 'EN güven')?.format).toBe(1)
    expect(nodes.find((n) => n.text === 'EN düzenli')?.format).toBe(2)
    expect(nodes.find((n) => n.type === 'heading')?.tag).toBe('h2')

    const turkish = await findAdvice(ctx.payload, 5, 1)
    expect(JSON.stringify(turkish.body)).toContain('Neden önemli?')
    expect(JSON.stringify(turkish.body)).not.toContain('EN ')
    // A draft: readers do not see it until an editor publishes the language.
    const published = await ctx.payload.find({
      collection: 'advice',
      where: { id: { equals: doc.id } },
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: false,
    })
    expect(JSON.stringify(published.docs[0].body ?? null)).not.toContain('EN Neden')
  })

  it('exports the English back as targets with their state, and a re-import changes nothing', async () => {
    const { file } = await exported()
    const xml = readFileSync(file, 'utf8')
    expect(xml).toMatch(
      /<segment state="translated"><source>Neden önemli\?<\/source><target>EN Neden önemli\?<\/target>/,
    )
    const report = await importXliff(ctx.payload, [file], { locale: 'en', status: 'draft' })
    expect(report.errors).toEqual([])
    expect(report.updated.advice).toBe(0)
    expect(report.unchanged).toBe(1)
  })

  it('after publishing, readers get the translation and the export says final', async () => {
    const doc = await draftEnglish()
    await ctx.payload.update({
      collection: 'advice',
      id: doc.id,
      locale: 'en',
      data: { _status: 'published' },
      publishSpecificLocale: 'en',
    })
    const read = await ctx.payload.find({
      collection: 'advice',
      where: { id: { equals: doc.id } },
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: false,
    })
    expect(JSON.stringify(read.docs[0].body)).toContain('EN STGM rehberine')
    const { file } = await exported()
    expect(readFileSync(file, 'utf8')).toMatch(/<segment state="final"><source>Son paragraf\.<\/source>/)
  })

  it('a Turkish paragraph changed while the file was away is listed, not applied; the others are', async () => {
    const { file } = await exported()
    const advice = await findAdvice(ctx.payload, 5, 1)
    const body = structuredClone(advice.body) as unknown as {
      root: { children: Array<{ children: Array<{ text?: string }> }> }
    }
    body.root.children[3].children[0].text = 'Son paragraf, değişti.'
    await ctx.payload.update({
      collection: 'advice',
      id: advice.id,
      locale: 'tr',
      data: { body: body as never, _status: 'published' },
    })

    const xml = fillTargets(readFileSync(file, 'utf8').replace(/<target>[\s\S]*?<\/target>/g, ''), (t) => `EN2 ${t}`)
    writeFileSync(file, xml)
    const report = await importXliff(ctx.payload, [file], { locale: 'en', status: 'draft' })
    expect(report.errors).toEqual([])
    expect(report.units).toEqual([
      expect.objectContaining({ unit: 'body-3', message: retranslateMessage, file: 'soru-005.xlf' }),
    ])
    const units = richTextUnits('body', (await draftEnglish()).body)
    expect(units[0].text).toBe('EN2 Neden önemli?')
    // Left as it was: the earlier translation of the old Turkish.
    expect(units.at(-1)!.text).toBe('EN Son paragraf.')
  })

  it('a missing or moved code is reported for its unit, not guessed', async () => {
    const { file } = await exported()
    let xml = readFileSync(file, 'utf8').replace(/<target>[\s\S]*?<\/target>/g, '')
    xml = fillTargets(xml, (t) => `EN3 ${t}`)
    // body-1: the link dropped (its text kept); body-2.0: the bold moved out of nothing into a new place.
    xml = xml.replace(
      /(<unit id="body-1"[\s\S]*?<target>[\s\S]*?)<pc id="(\d+)" type="link"[^>]*>([^<]*)<\/pc>/,
      '$1$3',
    )
    xml = xml.replace(
      /(<unit id="body-2\.0"[\s\S]*?<target>)([\s\S]*?)<\/target>/,
      (_m, open: string) => `${open}<pc id="9" type="fmt" subType="xlf:b">EN3 First</pc> step</target>`,
    )
    writeFileSync(file, xml)
    const before = (await draftEnglish()).body
    const report = await importXliff(ctx.payload, [file], { locale: 'en', status: 'draft', dryRun: true })
    expect(report.errors).toEqual([])
    const byUnit = Object.fromEntries((report.units ?? []).map((u) => [u.unit, u.message]))
    expect(byUnit['body-1']).toMatch(/eksik kod: \d+ \(bağlantı https:\/\/www\.stgm\.org\.tr\/rehber\?a=1&b=2\)/)
    expect(byUnit['body-2.0']).toMatch(/eksik kod: \d+ \(kalın\); kaynakta olmayan kod: 9/)
    // A dry run writes nothing.
    expect((await draftEnglish()).body).toEqual(before)
  })
})

import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { importContent } from '@content-import/import'
import { exportXliff } from '@content-import/xliff/export-xliff'
import { importXliff } from '@content-import/xliff/import-xliff'
import { limits } from '@/shared/limits'
import { usePayload } from '@tests/support/boot'
import { countEverything, tempDir } from '@tests/support/import'
import { fillTargets } from '@tests/support/xliff'

/**
 * Every kind of bad XLIFF file is refused with a Turkish message naming the file, and nothing
 * of it is written: not even the good documents beside the bad one.
 */
const ctx = usePayload()

let translated: string

const adviceFile = `---
title: Bir planımız var.
question_id: 7
choice_id: 1
---
Planı **herkesle** paylaşın.
`

beforeAll(async () => {
  const dir = tempDir('rota-xliff-bad-tr-')
  writeFileSync(path.join(dir, 'soru-007-secenek-1.md'), adviceFile)
  expect((await importContent(ctx.payload, [dir], { locale: 'tr', status: 'published' })).errors).toEqual([])
  const out = tempDir('rota-xliff-bad-out-')
  await exportXliff(ctx.payload, out, { locale: 'en' })
  translated = fillTargets(readFileSync(path.join(out, 'soru-007.xlf'), 'utf8'), (t) => `EN ${t}`)
})

/** Imports `xml` as a file and checks it was refused whole: one error, nothing written. */
async function refused(xml: string | Buffer, options: { locale?: 'en' | 'tr'; explicitLocale?: boolean } = {}) {
  const dir = tempDir('rota-xliff-bad-')
  const file = path.join(dir, 'ceviri.xlf')
  writeFileSync(file, xml)
  const before = await countEverything(ctx.payload)
  const report = await importXliff(ctx.payload, [file], {
    locale: options.locale ?? 'en',
    status: 'draft',
    explicitLocale: options.explicitLocale,
  })
  expect(await countEverything(ctx.payload)).toEqual(before)
  expect(report.updated).toEqual({ areas: 0, questions: 0, choices: 0, advice: 0, resources: 0 })
  expect(report.errors).toHaveLength(1)
  expect(report.errors[0].file).toBe('ceviri.xlf')
  expect(report.errors[0].message).toMatch(/Dosyadan hiçbir şey yazılmadı\.$/)
  return report.errors[0]
}

describe('bad XLIFF files are refused, nothing written', () => {
  it('the good file imports (the baseline the others break)', async () => {
    const dir = tempDir('rota-xliff-good-')
    writeFileSync(path.join(dir, 'ceviri.xlf'), translated)
    const report = await importXliff(ctx.payload, [dir], { locale: 'en', status: 'draft', dryRun: true })
    expect(report.errors).toEqual([])
    expect(report.updated.advice).toBe(1)
  })

  it('malformed XML, with the line', async () => {
    const error = await refused(translated.replace('</unit>', '</unt>'))
    expect(error.message).toMatch(/^XML geçerli değil/)
    expect(error.line).toBeGreaterThan(1)
    const cut = await refused(translated.slice(0, translated.length / 2))
    expect(cut.message).toMatch(/XML geçerli değil/)
  })

  it('a DTD with an external entity is never resolved', async () => {
    const evil = translated
      .replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      )
      .replace(/<target>EN Planı /, '<target>&x; ')
    const error = await refused(evil)
    expect(error.message).toMatch(/DOCTYPE ya da ENTITY bildirimi var/)
    expect(error.line).toBe(2)
    // An internal entity (a "billion laughs" starts so) and an entity used without any DTD.
    expect((await refused(translated.replace('?>', '?><!DOCTYPE x [<!ENTITY a "aaaa">]>'))).message).toMatch(/DOCTYPE/)
    expect((await refused(translated.replace('<target>EN ', '<target>&passwd; '))).message).toMatch(
      /tanımsız bir varlık/,
    )
  })

  it('the wrong language: not from Turkish, not a language of the site, not the one asked for', async () => {
    expect((await refused(translated.replace('srcLang="tr"', 'srcLang="en"'))).message).toMatch(/Kaynak dil "en"/)
    expect((await refused(translated.replace('trgLang="en"', 'trgLang="de"'))).message).toMatch(
      /Hedef dil "de" bu sitenin çeviri dillerinden biri değil/,
    )
    expect((await refused(translated.replace('trgLang="en"', 'trgLang="tr"'))).message).toMatch(/Hedef dil "tr"/)
    // --locale given on the command line and not the file's.
    const other = translated.replace('trgLang="en"', 'trgLang="en"')
    expect((await refused(other, { locale: 'tr', explicitLocale: true })).message).toMatch(/--locale tr verildi/)
    expect((await refused(translated.replace('version="2.0"', 'version="1.2"'))).message).toMatch(
      /Yalnızca XLIFF 2\.0 okunur/,
    )
  })

  it('an unknown document or unit refuses the whole file, the good documents in it too', async () => {
    const unknownDocument = translated.replace(
      /original="advice\/[^"]+"/,
      'original="advice/00000000-0000-0000-0000-000000000000"',
    )
    expect((await refused(unknownDocument)).message).toMatch(/Belge advice\/0000.* bulunamadı/)
    expect((await refused(translated.replace(/original="advice\/[^"]+"/, 'original="users/1"'))).message).toMatch(
      /Bilinmeyen belge "users\/1"/,
    )
    expect((await refused(translated.replace('<unit id="body-0"', '<unit id="password"'))).message).toMatch(
      /bilinmeyen birim "password"/,
    )
    const unit = /<unit id="body-0"[\s\S]*?<\/unit>/.exec(translated)![0]
    expect((await refused(translated.replace(unit, unit + unit))).message).toMatch(/birim "body-0" iki kez/)
  })

  it('over the size bound, refused before it is read', async () => {
    const big = Buffer.alloc(limits.import.xliff.fileBytes + 1, ' ')
    Buffer.from(translated).copy(big)
    expect((await refused(big)).message).toMatch(/Dosya çok büyük/)
  })

  it('too many units', async () => {
    const unit = /<unit id="body-0"[\s\S]*?<\/unit>/.exec(translated)![0]
    const small = '<unit id="u"><segment><source>a</source></segment></unit>'
    const many = translated.replace(unit, small.repeat(limits.import.xliff.units + 1))
    expect((await refused(many)).message).toMatch(/çok fazla birim/)
  })
})

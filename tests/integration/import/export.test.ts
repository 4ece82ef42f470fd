import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportContent } from '@content-import/export'
import { importContent } from '@content-import/import'
import { enDir, trDir } from '@tests/fixtures/import'
import { usePayload } from '@tests/support/boot'
import { copyToTemp, countEverything, deleteAllContent, findAdvice, readFolder, tempDir } from '@tests/support/import'
import { paragraphs } from '@tests/support/lexical'

/**
 * The export gives STGM its content back in the import's format, one language at a time,
 * and an export imported into an empty database exports to the very same files.
 */
const ctx = usePayload()

const exportTo = async (locale: 'tr' | 'en', status: 'published' | 'draft' = 'published') => {
  const dir = tempDir('rota-export-')
  const report = await exportContent(ctx.payload, dir, { locale, status })
  return { dir, report, files: readFolder(dir) }
}

/** Front matter and body of an exported file. */
const split = (file: string) => {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file)
  if (!match) throw new Error(`not a content file: ${file.slice(0, 80)}`)
  return { front: parse(match[1]) as Record<string, unknown>, body: match[2] }
}

let tr: Awaited<ReturnType<typeof exportTo>>
let en: Awaited<ReturnType<typeof exportTo>>

beforeAll(async () => {
  expect((await importContent(ctx.payload, [trDir], { locale: 'tr', status: 'published' })).errors).toEqual([])
  expect((await importContent(ctx.payload, [enDir], { locale: 'en', status: 'published' })).imported).toBe(3)
  tr = await exportTo('tr')
  en = await exportTo('en')
})

describe('export', () => {
  it('writes one question file per question and one file per advice, in Turkish', () => {
    expect(Object.keys(tr.files)).toEqual([
      'soru-003-secenek-1.md',
      'soru-003-secenek-2.md',
      'soru-003-secenek-3.md',
      'soru-003-secenek-4.md',
      'soru-003-secenek-5.md',
      'soru-003-secenek-6.md',
      'soru-003-secenek-7.md',
      'soru-003.md',
      'soru-016-secenek-2.md',
      'soru-016.md',
      'soru-099-secenek-1.md',
      'soru-099.md',
    ])
    expect(tr.report).toEqual({ files: 12, questions: 3, advice: 9, skipped: [] })
  })

  it('a question file has question_id, no choice_id, the question text as title, the area and the explanation', () => {
    const q16 = split(tr.files['soru-016.md'])
    expect(q16.front).toEqual({
      title: 'Örgütünüz sosyal medyayı nasıl kullanıyor?',
      question_id: 16,
      area: 'İletişim',
    })
    expect(q16.body.trim()).toBe(
      'Sosyal medya, örgütünüzün sesini duyurmanın en erişilebilir yollarından biridir. Size **en yakın** cevabı seçin.',
    )
  })

  it('the seed advice comes back readable: escaped numbers, underlined links, whole YouTube URLs', () => {
    const seed = split(tr.files['soru-016-secenek-2.md'])
    expect(seed.front).toEqual({
      title: 'Sosyal medya hesaplarımız var; ancak aktif kullanmıyoruz.',
      question_id: 16,
      choice_id: 2,
    })
    for (const n of [1, 2, 3, 4, 5]) expect(seed.body).toMatch(new RegExp(`^${n}\\\\\\. `, 'm'))
    expect(seed.body).toContain(
      '[<u>STOK Çevrimiçi Öğrenme Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu)',
    )
    expect(seed.body).toContain(
      '(https://www.youtube.com/watch?v=yOQZuMGcO7k&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4)',
    )
    expect(seed.body).not.toContain('&amp;')
  })

  it('in English, writes only what exists in English: never Turkish fallback text', () => {
    expect(Object.keys(en.files)).toEqual(['soru-003-secenek-1.md', 'soru-016-secenek-2.md', 'soru-016.md'])
    expect(split(en.files['soru-016.md']).front).toEqual({
      title: 'How does your organisation use social media?',
      question_id: 16,
      area: 'Communication',
    })
    expect(split(en.files['soru-003-secenek-1.md'])).toEqual({
      front: { title: 'No, we have no strategic plan.', question_id: 3, choice_id: 1 },
      body: 'Strategic planning can start with a short workshop with your board.\n',
    })
    const all = Object.values(en.files).join('\n')
    expect(all).not.toMatch(/[çğışöüÇĞİŞÖÜ]/)
  })

  it('--status published leaves out a pending draft; --status draft writes it', async () => {
    const revised = copyToTemp(trDir)
    const file = path.join(revised, 'quirks', 'unknown-front-matter-key.md')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('gönüllülerinizle paylaşın', 'gönüllülerinizle her ay paylaşın'),
    )
    const draftRun = await importContent(ctx.payload, [revised], { locale: 'tr', status: 'draft' })
    expect(draftRun.updated.advice).toBe(1)

    const published = await exportTo('tr')
    expect(published.files).toEqual(tr.files)
    const drafts = await exportTo('tr', 'draft')
    expect(drafts.files['soru-003-secenek-4.md']).toContain('gönüllülerinizle her ay paylaşın')
    expect(Object.keys(drafts.files)).toEqual(Object.keys(tr.files))

    // Publish the revision so the round trip below starts from a settled state.
    await importContent(ctx.payload, [revised], { locale: 'tr', status: 'published' })
    tr = await exportTo('tr')
    expect(tr.files['soru-003-secenek-4.md']).toContain('her ay')
  })
})

describe('round trip', () => {
  it('an export imported back into the database it came from changes nothing, not even where an editor changed the text', async () => {
    const edited = (await findAdvice(ctx.payload, 3, 2))!
    await ctx.payload.update({
      collection: 'advice',
      id: edited.id,
      locale: 'tr',
      data: { body: paragraphs('Editörün metni.', 'İkinci paragraf.') },
    })
    const versionCount = async () => (await ctx.payload.countVersions({ collection: 'advice' })).totalDocs
    const versionsBefore = await versionCount()
    const current = await exportTo('tr')

    const back = await importContent(ctx.payload, [current.dir], { locale: 'tr', status: 'published' })
    expect(back.conflicts).toEqual([])
    expect(back.errors).toEqual([])
    expect(back.unchanged).toBe(Object.keys(current.files).length)
    expect(Object.values(back.updated).every((n) => n === 0)).toBe(true)
    expect(await versionCount()).toBe(versionsBefore)
  })

  it('importing an export into an empty database and exporting again gives identical files, in both languages', async () => {
    await deleteAllContent(ctx.payload)
    const empty = await countEverything(ctx.payload)
    for (const c of Object.values(empty)) expect(c.docs).toBe(0)

    const trImport = await importContent(ctx.payload, [tr.dir], { locale: 'tr', status: 'published' })
    expect(trImport.errors).toEqual([])
    expect(trImport.warnings).toEqual([])
    expect(trImport.imported).toBe(12)
    const enImport = await importContent(ctx.payload, [en.dir], { locale: 'en', status: 'published' })
    expect(enImport.errors).toEqual([])
    expect(enImport.imported).toBe(3)

    const trAgain = await exportTo('tr')
    const enAgain = await exportTo('en')
    expect(trAgain.files).toEqual(tr.files)
    expect(enAgain.files).toEqual(en.files)
    // Byte for byte, not just equal strings after decoding.
    for (const name of Object.keys(tr.files)) {
      expect(readFileSync(path.join(trAgain.dir, name)).equals(readFileSync(path.join(tr.dir, name)))).toBe(true)
    }
  })

  it('and the re-imported export is then up to date: importing it again changes nothing', async () => {
    const again = await importContent(ctx.payload, [tr.dir], { locale: 'tr', status: 'published' })
    expect(again.unchanged).toBe(12)
    expect(again.conflicts).toEqual([])
  })
})

import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { parse, stringify } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'

import { readOnly, UsageError } from '@content-import/cli/options'
import { exportContent } from '@content-import/export'
import { importContent } from '@content-import/import'
import { enDir, trDir } from '@tests/fixtures/import'
import { usePayload } from '@tests/support/boot'
import { findAdvice, readFolder, tempDir } from '@tests/support/import'
import { paragraphs } from '@tests/support/lexical'

/**
 * Translators working offline: `npm run export -- <dir> --locale en --only missing,outdated`
 * writes what needs translating (Turkish where nothing is translated yet), each file
 * recording the Turkish text it was exported from; importing the translations back marks
 * them current against that text, or leaves them outdated (with a warning) when the Turkish
 * changed in between.
 */
const ctx = usePayload()

const split = (file: string) => {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file)
  if (!match) throw new Error(`not a content file: ${file.slice(0, 80)}`)
  return { front: parse(match[1]) as Record<string, unknown>, body: match[2] }
}

const exportForTranslators = async () => {
  const dir = tempDir('rota-translate-')
  await exportContent(ctx.payload, dir, { locale: 'en', status: 'published', only: ['missing', 'outdated'] })
  return { dir, files: readFolder(dir) }
}

/** What a translator does: the same front matter, an English title and body. */
function translate(dir: string, name: string, title: string, body: string): string {
  const { front } = split(readFileSync(path.join(dir, name), 'utf8'))
  const out = tempDir('rota-translated-')
  writeFileSync(path.join(out, name), `---\n${stringify({ ...front, title })}---\n${body}\n`)
  return out
}

const englishStatus = async (q: number, c: number) => {
  const advice = await findAdvice(ctx.payload, q, c, { draft: true })
  const { docs } = await ctx.payload.find({
    collection: 'translation-states',
    where: { and: [{ document: { equals: advice.id } }, { locale: { equals: 'en' } }] },
  })
  return docs[0]?.status ?? 'missing'
}

beforeAll(async () => {
  expect((await importContent(ctx.payload, [trDir], { locale: 'tr', status: 'published' })).errors).toEqual([])
  expect((await importContent(ctx.payload, [enDir], { locale: 'en', status: 'published' })).imported).toBe(3)
})

describe('export for translators', () => {
  it('writes only what is missing or outdated in English, in Turkish where untranslated', async () => {
    const { files } = await exportForTranslators()
    // 16/2, 3/1 and question 16 have their English translation (fixtures/import/en).
    expect(Object.keys(files)).not.toContain('soru-016-secenek-2.md')
    expect(Object.keys(files)).not.toContain('soru-003-secenek-1.md')
    expect(Object.keys(files)).not.toContain('soru-016.md')
    expect(Object.keys(files)).toContain('soru-003-secenek-2.md')
    expect(Object.keys(files)).toContain('soru-003.md')
    const { front, body } = split(files['soru-003-secenek-2.md'])
    expect(body).toMatch(/[çğıöşüÇĞİÖŞÜ]/)
    const source = front.turkish_source as Record<string, string>
    expect(Object.keys(source).sort()).toEqual(['advice', 'choices'])
    for (const hash of Object.values(source)) expect(hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses --only for Turkish, and states it does not know', () => {
    expect(() => readOnly('missing', 'tr')).toThrow(UsageError)
    expect(() => readOnly('missing,stale', 'en')).toThrow(/stale/)
    expect(readOnly('missing,outdated', 'en')).toEqual(['missing', 'outdated'])
  })
})

describe('importing the translations back', () => {
  it('marks a translation current against the Turkish it was exported from', async () => {
    const { dir } = await exportForTranslators()
    expect(await englishStatus(3, 2)).toBe('missing')
    const translated = translate(dir, 'soru-003-secenek-2.md', 'We have a plan, but nobody follows it.', 'Follow it.')
    const report = await importContent(ctx.payload, [translated], { locale: 'en', status: 'draft' })
    expect(report.errors).toEqual([])
    expect(report.warnings.filter((w) => /dışa aktarıldıktan sonra/.test(w.message))).toEqual([])
    expect(await englishStatus(3, 2)).toBe('current')
  })

  it('leaves it outdated, with a warning, when the Turkish changed after the export', async () => {
    const { dir } = await exportForTranslators()
    const advice = await findAdvice(ctx.payload, 3, 3)
    await ctx.payload.update({
      collection: 'advice',
      id: advice.id,
      locale: 'tr',
      data: { body: paragraphs('Türkçe metin dışa aktarımdan sonra değişti.'), _status: 'published' },
    })
    const translated = translate(dir, 'soru-003-secenek-3.md', 'A translated choice', 'A translated advice.')
    const report = await importContent(ctx.payload, [translated], { locale: 'en', status: 'draft' })
    expect(report.errors).toEqual([])
    expect(report.warnings.map((w) => w.message).join('\n')).toMatch(
      /Reçete metni: Türkçe metin bu dosya dışa aktarıldıktan sonra değişti/,
    )
    expect(await englishStatus(3, 3)).toBe('outdated')
  })
})

import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { importContent, type ImportOptions } from '@content-import/import'
import type { ImportReport } from '@content-import/report'
import { enDir, trDir } from '@tests/fixtures/import'
import { usePayload } from '@tests/support/boot'
import {
  blocks,
  contentCollections,
  copyToTemp,
  countEverything,
  findAdvice,
  findChoice,
  findQuestion,
  writeContentFile,
} from '@tests/support/import'

/**
 * Editors re-run the import while the migration settles: dry runs first, drafts for review,
 * then the live content; translators bring English. Runs in order on one database.
 */
const ctx = usePayload()
const run = (paths: string[], options: Partial<ImportOptions> = {}) =>
  importContent(ctx.payload, paths, { locale: 'tr', status: 'published', ...options })
const counts = () => countEverything(ctx.payload)

const readerSees = async (collection: (typeof contentCollections)[number]) =>
  (await ctx.payload.count({ collection, overrideAccess: false })).totalDocs

/** The real seed with its first sentence revised, plus a file for a new question 17. */
let revisedTr: string
beforeAll(() => {
  revisedTr = copyToTemp(trDir)
  const seed = path.join(revisedTr, '000_536229bc91d6712e.txt')
  writeFileSync(
    seed,
    readFileSync(seed, 'utf8').replace('Bir Facebook sayfası oluşturmak', 'Bir Instagram hesabı açmak'),
  )
  writeContentFile(
    revisedTr,
    'yeni-soru-17.md',
    { title: 'Yeni seçenek', question_id: 17, choice_id: 1 },
    'Yeni reçete.',
  )
})

describe('dry run', () => {
  let dry: ImportReport
  it('on an empty database writes nothing, neither documents nor versions', async () => {
    dry = await run([trDir], { status: 'draft', dryRun: true })
    const after = await counts()
    for (const collection of contentCollections) expect(after[collection]).toEqual({ docs: 0, versions: 0 })
    expect(dry.imported).toBe(11)
    expect(dry.errors).toEqual([])
  })

  it('reports what the real run then does', async () => {
    const real = await run([trDir], { status: 'draft' })
    expect(real.created).toEqual({ areas: 2, questions: 3, choices: 9, advice: 9, resources: 15 })
    expect(dry.created).toEqual(real.created)
    expect(dry.updated).toEqual(real.updated)
    expect(dry.warnings).toEqual(real.warnings)
  })
})

describe('--status draft on new content', () => {
  it('creates everything unpublished: readers see nothing, editors see the drafts', async () => {
    for (const collection of contentCollections) expect(await readerSees(collection)).toBe(0)
    const draft = await findAdvice(ctx.payload, 16, 2, { draft: true })
    expect(blocks(draft?.body)[1].text).toMatch(/^1\. Plan yapın:/)
    expect((await findQuestion(ctx.payload, 16, { draft: true }))?._status).toBe('draft')
  })

  it('a second identical draft run: every file unchanged, no new version', async () => {
    const before = await counts()
    const again = await run([trDir], { status: 'draft' })
    expect(again).toMatchObject({ files: 11, imported: 11, unchanged: 11, conflicts: [], errors: [] })
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true)
    expect(Object.values(again.updated).every((n) => n === 0)).toBe(true)
    expect(await counts()).toEqual(before)
  })
})

describe('--status published', () => {
  it('publishes files earlier imported as drafts, with their questions, choices, areas and resources', async () => {
    const published = await run([trDir])
    expect(published).toMatchObject({ files: 11, imported: 11, unchanged: 0, errors: [], conflicts: [] })
    expect(published.created).toEqual({ areas: 0, questions: 0, choices: 0, advice: 0, resources: 0 })
    expect(published.updated.advice).toBe(9)

    expect(await readerSees('advice')).toBe(9)
    expect(await readerSees('choices')).toBe(9)
    expect(await readerSees('questions')).toBe(3)
    expect(await readerSees('resources')).toBe(15)
    const q16 = await findQuestion(ctx.payload, 16, { reader: true })
    expect(q16?.text).toBe('Örgütünüz sosyal medyayı nasıl kullanıyor?')
    // The area named in the question file is live as well, not a draft readers cannot see.
    expect(await readerSees('areas')).toBe(2)
    expect(q16?.area).toMatchObject({ title: 'İletişim' })
  })

  it('a second identical run: every file unchanged, nothing created or updated, no new version', async () => {
    const before = await counts()
    const again = await run([trDir])
    expect(again).toEqual({
      files: 11,
      imported: 11,
      created: { areas: 0, questions: 0, choices: 0, advice: 0, resources: 0 },
      updated: { areas: 0, questions: 0, choices: 0, advice: 0, resources: 0 },
      unchanged: 11,
      conflicts: [],
      errors: [],
      warnings: expect.any(Array),
    })
    expect(await counts()).toEqual(before)
  })
})

describe('--status draft over published content', () => {
  let report: ImportReport
  beforeAll(async () => {
    report = await run([revisedTr], { status: 'draft' })
  })

  it('saves the revision as a draft: readers keep the published text, editors see the revision', async () => {
    expect(report.updated.advice).toBe(1)
    expect(report.unchanged).toBe(10)
    const live = await findAdvice(ctx.payload, 16, 2, { reader: true })
    expect(blocks(live?.body)[0].text).toMatch(/^Bir Facebook sayfası oluşturmak/)
    const draft = await findAdvice(ctx.payload, 16, 2, { draft: true })
    expect(blocks(draft?.body)[0].text).toMatch(/^Bir Instagram hesabı açmak/)
    expect(live?._status).toBe('published')
  })

  it('the new question and choice it creates stay unpublished', async () => {
    expect(report.created).toMatchObject({ questions: 1, choices: 1, advice: 1 })
    expect(await findQuestion(ctx.payload, 17, { reader: true })).toBeUndefined()
    expect(await findChoice(ctx.payload, 17, 1, { reader: true })).toBeUndefined()
    expect(await findAdvice(ctx.payload, 17, 1, { reader: true })).toBeUndefined()
    expect((await findChoice(ctx.payload, 17, 1, { draft: true }))?.label).toBe('Yeni seçenek')
  })

  it('re-running the same draft import is unchanged and adds no version', async () => {
    const before = await counts()
    const again = await run([revisedTr], { status: 'draft' })
    expect(again.unchanged).toBe(12)
    expect(await counts()).toEqual(before)
  })
})

describe('English', () => {
  let en: ImportReport
  beforeAll(async () => {
    en = await run([enDir], { locale: 'en' })
  })

  it('updates the same records, creates none, and refuses translations of content Turkish does not have', async () => {
    expect(en.files).toBe(5)
    expect(en.imported).toBe(3)
    expect(en.created).toEqual({ areas: 0, questions: 0, choices: 0, advice: 0, resources: 0 })
    // İletişim's English name, question 16, choices 16.2 and 3.1, their advice, the STOK resource's English title
    expect(en.updated).toEqual({ areas: 1, questions: 1, choices: 2, advice: 2, resources: 1 })
    expect(en.errors).toEqual([
      {
        file: 'translation-for-missing-question-77.md',
        line: null,
        message: expect.stringContaining('Soru 77 Türkçe içerikte yok'),
      },
      {
        file: 'translation-for-missing-choice-16-9.md',
        line: null,
        message: expect.stringContaining('Soru 16, seçenek 9 Türkçe içerikte yok'),
      },
    ])
    expect(await findChoice(ctx.payload, 16, 9, { draft: true })).toBeUndefined()
    expect(await findQuestion(ctx.payload, 77, { draft: true })).toBeUndefined()
  })

  it('readers of /en get the English text, the English choice and area names', async () => {
    const advice = await findAdvice(ctx.payload, 16, 2, { locale: 'en', reader: true })
    expect(blocks(advice?.body).map((b) => b.text)).toEqual([
      'Opening a Facebook page is easy; using social media effectively is not.',
      '1. Make a plan: set clear, measurable goals.',
      "See STGM's STOK online learning platform.",
    ])
    expect((await findChoice(ctx.payload, 16, 2, { locale: 'en', reader: true }))?.label).toBe(
      'We have social media accounts but do not use them actively.',
    )
    const q16 = await findQuestion(ctx.payload, 16, { locale: 'en', reader: true })
    expect(q16?.text).toBe('How does your organisation use social media?')
    expect(q16?.area).toMatchObject({ title: 'Communication' })
    const stok = await ctx.payload.find({
      collection: 'resources',
      locale: 'en',
      overrideAccess: false,
      where: { url: { equals: 'https://www.stgm.org.tr/stok-ogrenme-platformu' } },
    })
    expect(stok.docs[0].title).toBe('STOK online learning platform')
  })

  it('is the same advice record as the Turkish one, whose text is untouched', async () => {
    const tr = await findAdvice(ctx.payload, 16, 2, { reader: true })
    const en = await findAdvice(ctx.payload, 16, 2, { locale: 'en', reader: true })
    expect(en?.id).toBe(tr?.id)
    // Publishing English did not publish the pending Turkish draft, nor drop it.
    expect(blocks(tr?.body)[0].text).toMatch(/^Bir Facebook sayfası oluşturmak/)
    expect(blocks((await findAdvice(ctx.payload, 16, 2, { draft: true }))?.body)[0].text).toMatch(
      /^Bir Instagram hesabı açmak/,
    )
    expect(blocks(tr?.body)[1].text).toMatch(/^1\. Plan yapın:/)
    expect((await findChoice(ctx.payload, 16, 2, { reader: true }))?.label).toBe(
      'Sosyal medya hesaplarımız var; ancak aktif kullanmıyoruz.',
    )
    // Still all 14 resources of the Turkish text.
    expect(tr?.resources).toHaveLength(14)
  })

  it('a dry run of a changed English file reports the update the real run makes, and writes nothing', async () => {
    const changed = copyToTemp(enDir)
    const file = path.join(changed, 'advice-3-1.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('short workshop', 'one-day workshop'))
    const before = await counts()
    const dry = await run([changed], { locale: 'en', dryRun: true })
    expect(await counts()).toEqual(before)
    const real = await run([changed], { locale: 'en' })
    expect(real.updated).toEqual({ areas: 0, questions: 0, choices: 0, advice: 1, resources: 0 })
    expect(dry.updated).toEqual(real.updated)
    expect(dry.created).toEqual(real.created)
    expect(dry.unchanged).toBe(real.unchanged)
    expect(blocks((await findAdvice(ctx.payload, 3, 1, { locale: 'en', reader: true }))?.body)[0].text).toBe(
      'Strategic planning can start with a one-day workshop with your board.',
    )
  })

  it('re-running the Turkish import, even publishing a revised Turkish text, leaves the English untouched', async () => {
    const tr = await run([revisedTr])
    expect(tr.errors).toEqual([])
    expect(tr.conflicts).toEqual([])
    expect(tr.updated.advice).toBeGreaterThanOrEqual(2)
    const trText = await findAdvice(ctx.payload, 16, 2, { reader: true })
    expect(blocks(trText?.body)[0].text).toMatch(/^Bir Instagram hesabı açmak/)
    const enText = await findAdvice(ctx.payload, 16, 2, { locale: 'en', reader: true })
    expect(blocks(enText?.body)[0].text).toBe('Opening a Facebook page is easy; using social media effectively is not.')
    expect((await findChoice(ctx.payload, 16, 2, { locale: 'en', reader: true }))?.label).toBe(
      'We have social media accounts but do not use them actively.',
    )
    expect((await findQuestion(ctx.payload, 16, { locale: 'en', reader: true }))?.text).toBe(
      'How does your organisation use social media?',
    )
  })

  it('re-running the original English files: the one an import changed since is updated (no conflict), the rest unchanged', async () => {
    const again = await run([enDir], { locale: 'en' })
    expect(again.unchanged).toBe(2)
    expect(again.updated).toEqual({ areas: 0, questions: 0, choices: 0, advice: 1, resources: 0 })
    expect(again.conflicts).toEqual([])
    const before = await counts()
    expect((await run([enDir], { locale: 'en' })).unchanged).toBe(3)
    expect(await counts()).toEqual(before)
  })
})

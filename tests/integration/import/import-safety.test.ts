import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { importContent, type ImportOptions } from '@content-import/import'
import { enDir, trDir } from '@tests/fixtures/import'
import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'
import {
  blocks,
  copyToTemp,
  countEverything,
  findAdvice,
  findChoice,
  findQuestion,
  tempDir,
  writeContentFile,
} from '@tests/support/import'
import { paragraphs } from '@tests/support/lexical'

/**
 * Editors' work in the CMS is never silently overwritten by a re-import, `--force` keeps it
 * in the history, and a file that fails midway leaves nothing behind.
 */
const ctx = usePayload()
let cast: Cast
const run = (paths: string[], options: Partial<ImportOptions> = {}) =>
  importContent(ctx.payload, paths, { locale: 'tr', status: 'published', ...options })

/** A copy of the Turkish corpus with one file's body text replaced. */
function trWithChange(file: string, from: string, to: string): string {
  const dir = copyToTemp(trDir)
  const full = path.join(dir, file)
  const source = readFileSync(full, 'utf8')
  expect(source).toContain(from)
  writeFileSync(full, source.replace(from, to))
  return dir
}

const readerText = async (q: number, c: number, locale: 'tr' | 'en' = 'tr') =>
  blocks((await findAdvice(ctx.payload, q, c, { locale, reader: true }))?.body)
    .map((b) => b.text)
    .join('\n')
const versionsOf = async (id: string) =>
  (
    await ctx.payload.findVersions({
      collection: 'advice',
      where: { parent: { equals: id } },
      locale: 'tr',
      pagination: false,
      sort: 'createdAt',
    })
  ).docs

/** What an editor does in the admin: a published edit of the Turkish text. */
async function editorPublishes(q: number, c: number, text: string) {
  const advice = (await findAdvice(ctx.payload, q, c))!
  await ctx.payload.update({
    collection: 'advice',
    id: advice.id,
    locale: 'tr',
    data: { body: paragraphs(text) },
    overrideAccess: false,
    user: cast.editor,
  })
  return advice.id
}

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  const first = await run([trDir])
  expect(first.errors).toEqual([])
  expect((await run([enDir], { locale: 'en' })).imported).toBe(3)
})

describe('an advice an editor changed in the CMS', () => {
  let adviceId: string
  let changed: string
  beforeAll(async () => {
    adviceId = await editorPublishes(3, 4, 'Editörün yayımladığı metin.')
    changed = trWithChange(
      'quirks/unknown-front-matter-key.md',
      'gönüllülerinizle paylaşın',
      'gönüllülerinizle mutlaka paylaşın',
    )
  })

  it("a re-import of a changed file reports a conflict and leaves the editor's text, with no new version", async () => {
    const versions = (await versionsOf(adviceId)).length
    const report = await run([changed])
    expect(report.conflicts).toEqual([
      {
        file: 'quirks/unknown-front-matter-key.md',
        message: expect.stringMatching(/Soru 3, seçenek 4 reçetesi .*CMS'te değiştirilmiş.*--force/),
      },
    ])
    expect(report.errors).toEqual([])
    expect(report.files).toBe(11)
    expect(report.imported).toBe(10)
    expect(report.unchanged).toBe(10)
    expect(report.updated.advice).toBe(0)
    expect(await readerText(3, 4)).toBe('Editörün yayımladığı metin.')
    expect(await versionsOf(adviceId)).toHaveLength(versions)
  })

  it('so does a re-import of the very file it came from', async () => {
    const report = await run([trDir])
    expect(report.conflicts.map((c) => c.file)).toEqual(['quirks/unknown-front-matter-key.md'])
    expect(await readerText(3, 4)).toBe('Editörün yayımladığı metin.')
  })

  it('a dry run reports the same conflict', async () => {
    const report = await run([changed], { dryRun: true })
    expect(report.conflicts.map((c) => c.file)).toEqual(['quirks/unknown-front-matter-key.md'])
  })

  it("with force the file wins as a new version and the editor's version stays in the history", async () => {
    const before = await versionsOf(adviceId)
    const report = await run([changed], { force: true })
    expect(report.conflicts).toEqual([])
    expect(report.updated.advice).toBe(1)
    expect(await readerText(3, 4)).toBe('Planınızı çalışanlarınız ve gönüllülerinizle mutlaka paylaşın.')
    const after = await versionsOf(adviceId)
    expect(after.length).toBeGreaterThan(before.length)
    const texts = after.map((v) =>
      blocks(v.version.body)
        .map((b) => b.text)
        .join('\n'),
    )
    expect(texts).toContain('Editörün yayımladığı metin.')
    expect(texts.at(-1)).toBe('Planınızı çalışanlarınız ve gönüllülerinizle mutlaka paylaşın.')
  })

  it('after a forced import, the next run of the same files is unchanged again', async () => {
    const report = await run([changed])
    expect(report.conflicts).toEqual([])
    expect(report.unchanged).toBe(11)
  })

  it("with force, even an unchanged file restores its text over the editor's edit", async () => {
    const id = await editorPublishes(3, 6, 'Editör bu reçeteyi de değiştirdi.')
    const versions = (await versionsOf(id)).length
    const report = await run([trDir], { force: true })
    expect(report.conflicts).toEqual([])
    expect(report.updated.advice).toBeGreaterThanOrEqual(1)
    expect(await readerText(3, 6)).toBe('Gözden geçirme toplantılarınızı raporlayın. Sonuçları paylaşın.')
    expect((await versionsOf(id)).length).toBeGreaterThan(versions)
  })
})

describe('other edits an editor makes in the CMS', () => {
  it('an unpublished draft of an advice is work too: the import reports a conflict and keeps the draft', async () => {
    const advice = (await findAdvice(ctx.payload, 3, 7))!
    await ctx.payload.update({
      collection: 'advice',
      id: advice.id,
      locale: 'tr',
      draft: true,
      data: { body: paragraphs('Editörün taslağı.') },
      overrideAccess: false,
      user: cast.editor,
    })
    const changed = trWithChange('quirks/stray-inline-html.md', 'çok değerli', 'son derece değerli')
    const report = await run([changed])
    expect(report.conflicts.map((c) => c.file)).toEqual(['quirks/stray-inline-html.md'])
    expect(blocks((await findAdvice(ctx.payload, 3, 7, { draft: true }))?.body)[0].text).toBe('Editörün taslağı.')
    expect(await readerText(3, 7)).toBe('Bu çok değerli bir deneyimdir.\nYeni satırda altı çizili metin.')
  })

  it('a changed choice text makes its advice file a conflict', async () => {
    const choice = (await findChoice(ctx.payload, 3, 5))!
    await ctx.payload.update({
      collection: 'choices',
      id: choice.id,
      locale: 'tr',
      data: { label: 'Editörün seçenek metni' },
      overrideAccess: false,
      user: cast.editor,
    })
    const report = await run([trDir])
    expect(report.conflicts.map((c) => c.file)).toContain('quirks/javascript-link.md')
    expect((await findChoice(ctx.payload, 3, 5, { reader: true }))?.label).toBe('Editörün seçenek metni')
  })

  it('a changed question text makes the question file a conflict', async () => {
    const question = (await findQuestion(ctx.payload, 16))!
    await ctx.payload.update({
      collection: 'questions',
      id: question.id,
      locale: 'tr',
      data: { text: 'Editörün soru metni' },
      overrideAccess: false,
      user: cast.editor,
    })
    const report = await run([trDir])
    expect(report.conflicts).toContainEqual({
      file: 'question-16-with-area.md',
      message: expect.stringContaining('Soru 16'),
    })
    expect((await findQuestion(ctx.payload, 16, { reader: true }))?.text).toBe('Editörün soru metni')

    const forced = await run([trDir], { force: true })
    expect(forced.conflicts).toEqual([])
    expect(forced.updated.questions).toBeGreaterThanOrEqual(1)
    expect((await findQuestion(ctx.payload, 16, { reader: true }))?.text).toBe(
      'Örgütünüz sosyal medyayı nasıl kullanıyor?',
    )
  })

  it("a translator's English draft is safe from the English import; the Turkish import does not see it as a conflict", async () => {
    const advice = (await findAdvice(ctx.payload, 16, 2))!
    await ctx.payload.update({
      collection: 'advice',
      id: advice.id,
      locale: 'en',
      draft: true,
      data: { body: paragraphs('Translator draft.') },
      overrideAccess: false,
      user: cast.translator,
    })
    const changedEn = copyToTemp(enDir)
    const file = path.join(changedEn, 'advice-16-2.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('is easy', 'is very easy'))
    const en = await run([changedEn], { locale: 'en' })
    expect(en.conflicts.map((c) => c.file)).toEqual(['advice-16-2.md'])
    expect(blocks((await findAdvice(ctx.payload, 16, 2, { locale: 'en', draft: true }))?.body)[0].text).toBe(
      'Translator draft.',
    )
    const tr = await run([trDir])
    expect(tr.conflicts.map((c) => c.file)).not.toContain('000_536229bc91d6712e.txt')
  })
})

describe('all or nothing per file', () => {
  afterEach(() => vi.restoreAllMocks())

  /** Makes `method` of the Local API throw once for `collection`, like a database failure midway. */
  function failOnce(method: 'create' | 'update', collection: string) {
    const original = ctx.payload[method].bind(ctx.payload) as (args: { collection: string }) => Promise<unknown>
    let failed = false
    vi.spyOn(ctx.payload as Payload, method).mockImplementation((async (args: { collection: string }) => {
      if (!failed && args.collection === collection) {
        failed = true
        throw new Error('disk full (simulated)')
      }
      return original(args)
    }) as never)
  }

  /** New choices, advice and resources are written through the database adapter. */
  function failAdapterCreateOnce(collection: string) {
    const original = ctx.payload.db.create.bind(ctx.payload.db)
    let failed = false
    vi.spyOn(ctx.payload.db, 'create').mockImplementation((async (args: { collection: string }) => {
      if (!failed && args.collection === collection) {
        failed = true
        throw new Error('disk full (simulated)')
      }
      return original(args as never)
    }) as never)
  }

  it('a file whose advice cannot be created leaves no choice, resource or version behind; other files import', async () => {
    const dir = tempDir()
    writeContentFile(
      dir,
      'soru-40.md',
      { title: 'Bağışçı ilişkileriniz nasıl?', question_id: 40, area: 'Kaynak Geliştirme' },
      'Açıklama.',
    )
    writeContentFile(
      dir,
      'soru-40-1.md',
      { title: 'Bağışçı listemiz yok.', question_id: 40, choice_id: 1 },
      'Bir [bağışçı rehberi](https://example.org/yalnizca-40-1-rehberi) ile başlayın.',
    )
    writeContentFile(
      dir,
      'soru-40-2.md',
      { title: 'Bağışçı listemiz var.', question_id: 40, choice_id: 2 },
      'Listenizi [güncel tutun](https://example.org/yalnizca-40-2).',
    )
    const before = await countEverything(ctx.payload)

    failAdapterCreateOnce('advice')
    const report = await run([dir])
    vi.restoreAllMocks()

    expect(report.files).toBe(3)
    expect(report.imported).toBe(2)
    expect(report.errors).toEqual([
      {
        file: 'soru-40-1.md',
        line: null,
        message: expect.stringMatching(/hiçbir şey yazılmadı: disk full \(simulated\)/),
      },
    ])
    // Only what the two good files wrote is counted.
    expect(report.created).toEqual({ areas: 1, questions: 1, choices: 1, advice: 1, resources: 1 })

    expect(await findChoice(ctx.payload, 40, 1, { draft: true })).toBeUndefined()
    const orphan = await ctx.payload.find({
      collection: 'resources',
      draft: true,
      where: { url: { contains: 'yalnizca-40-1' } },
    })
    expect(orphan.docs).toHaveLength(0)
    const after = await countEverything(ctx.payload)
    expect(after.choices.docs - before.choices.docs).toBe(1)
    expect(after.resources.docs - before.resources.docs).toBe(1)
    const choiceVersions = await ctx.payload.countVersions({
      collection: 'choices',
      where: { 'version.number': { equals: 1 }, 'version.questionNumber': { equals: 40 } },
    })
    expect(choiceVersions.totalDocs).toBe(0)

    expect((await findQuestion(ctx.payload, 40, { reader: true }))?.text).toBe('Bağışçı ilişkileriniz nasıl?')
    expect(await readerText(40, 2)).toBe('Listenizi güncel tutun.')

    // The next run imports the file that failed and finds the rest up to date.
    const retry = await run([dir])
    expect(retry.errors).toEqual([])
    expect(retry.unchanged).toBe(2)
    expect(retry.created).toEqual({ areas: 0, questions: 0, choices: 1, advice: 1, resources: 1 })
    expect(await readerText(40, 1)).toBe('Bir bağışçı rehberi ile başlayın.')
  })

  it('a file whose advice update fails keeps the old choice text as well', async () => {
    const dir = tempDir()
    writeContentFile(
      dir,
      'soru-40-2.md',
      { title: 'Bağışçı listemiz var ve güncel.', question_id: 40, choice_id: 2 },
      'Yeni metin.',
    )
    const before = await countEverything(ctx.payload)
    const choice = (await findChoice(ctx.payload, 40, 2))!
    const choiceVersions = await ctx.payload.findVersions({
      collection: 'choices',
      where: { parent: { equals: choice.id } },
      pagination: false,
    })

    failOnce('update', 'advice')
    const report = await run([dir])
    vi.restoreAllMocks()

    expect(report.errors).toEqual([
      { file: 'soru-40-2.md', line: null, message: expect.stringContaining('hiçbir şey yazılmadı') },
    ])
    expect(report.updated).toEqual({ areas: 0, questions: 0, choices: 0, advice: 0, resources: 0 })
    // The choice's new text was written before the advice failed; it is put back, with its history.
    expect((await findChoice(ctx.payload, 40, 2, { draft: true }))?.label).toBe('Bağışçı listemiz var.')
    expect((await findChoice(ctx.payload, 40, 2, { reader: true }))?.label).toBe('Bağışçı listemiz var.')
    expect(await readerText(40, 2)).toBe('Listenizi güncel tutun.')
    expect(await countEverything(ctx.payload)).toEqual(before)
    const after = await ctx.payload.findVersions({
      collection: 'choices',
      where: { parent: { equals: choice.id } },
      pagination: false,
    })
    expect(after.docs.map((v) => v.id)).toEqual(choiceVersions.docs.map((v) => v.id))

    // And the file imports cleanly afterwards.
    const retry = await run([dir])
    expect(retry.errors).toEqual([])
    expect(retry.updated).toMatchObject({ choices: 1, advice: 1 })
    expect((await findChoice(ctx.payload, 40, 2, { reader: true }))?.label).toBe('Bağışçı listemiz var ve güncel.')
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { importContent } from '@content-import/import'
import type { ImportReport } from '@content-import/report'
import type { Resource } from '@payload-types'
import { brokenDir, fixture, realSeed, trDir } from '@tests/fixtures/import'
import { usePayload } from '@tests/support/boot'
import {
  blocks,
  countEverything,
  findAdvice,
  findChoice,
  findQuestion,
  linkNodes,
  tempDir,
  textNodes,
  UNDERLINE,
  writeContentFile,
} from '@tests/support/import'

/**
 * The Turkish fixture corpus imported into an empty database: the real seed file comes out
 * as readers saw it, every quirk of the format is accepted, and the report says exactly
 * what happened. Broken files are reported with their line and skip only themselves.
 */
const ctx = usePayload()
let report: ImportReport

beforeAll(async () => {
  report = await importContent(ctx.payload, [trDir], { locale: 'tr', status: 'published' })
})

const zero = { areas: 0, questions: 0, choices: 0, advice: 0, resources: 0 }

describe('the report of a clean Turkish import', () => {
  it('has exactly the contract shape, counts and warnings, files named relative to the folder given', () => {
    expect(report).toEqual({
      files: 11,
      imported: 11,
      // İletişim, Yönetişim · 16, 3 and the placeholder 99 · 16.2, 3.1–3.7, 99.1 ·
      // 14 links of the seed plus the STGM guide of javascript-link.md
      created: { areas: 2, questions: 3, choices: 9, advice: 9, resources: 15 },
      updated: zero,
      unchanged: 0,
      conflicts: [],
      errors: [],
      warnings: [
        { file: 'quirks/unknown-front-matter-key.md', line: null, message: expect.stringContaining('"author"') },
        {
          file: 'advice-for-unknown-question-99.md',
          line: null,
          message: expect.stringContaining('"Soru 99" adlı yer tutucu bir soru oluşturuldu ve yayımlandı'),
        },
        { file: 'quirks/javascript-link.md', line: 6, message: expect.stringContaining('javascript:') },
        { file: 'quirks/script-tag.md', line: 6, message: expect.stringContaining('<script>') },
        { file: 'quirks/stray-inline-html.md', line: 6, message: expect.stringContaining('<span>') },
      ],
    })
  })
})

describe('files given one by one', () => {
  it('are named by their own file name in the report, and a file already imported is unchanged', async () => {
    const single = await importContent(
      ctx.payload,
      [fixture('tr', 'quirks', 'unknown-front-matter-key.md'), realSeed],
      {
        locale: 'tr',
        status: 'published',
      },
    )
    expect(single).toMatchObject({ files: 2, imported: 2, unchanged: 2, errors: [], conflicts: [] })
    expect(single.warnings).toEqual([
      { file: 'unknown-front-matter-key.md', line: null, message: expect.stringContaining('"author"') },
    ])
  })
})

describe('fidelity of the real seed file (question 16, choice 2)', () => {
  it('the fixture is byte for byte the seed shipped as sample content', () => {
    const shipped = path.resolve(import.meta.dirname, '../../../content-import/sample/tr/000_536229bc91d6712e.txt')
    expect(readFileSync(realSeed).equals(readFileSync(shipped))).toBe(true)
  })

  it('is published: an anonymous reader sees the advice and its choice text', async () => {
    const advice = await findAdvice(ctx.payload, 16, 2, { reader: true })
    expect(advice).toBeDefined()
    const choice = await findChoice(ctx.payload, 16, 2, { reader: true })
    expect(choice?.label).toBe('Sosyal medya hesaplarımız var; ancak aktif kullanmıyoruz.')
  })

  it('shows the escaped numbered tips as paragraphs reading "1. Plan yapın:" … "5. Deneyimleyin!"', async () => {
    const body = blocks((await findAdvice(ctx.payload, 16, 2))!.body)
    expect(body[0]).toEqual({ type: 'paragraph', text: expect.stringMatching(/^Bir Facebook sayfası oluşturmak/) })
    const tips = body.slice(1, 6)
    expect(tips.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'])
    expect(tips.map((b) => b.text.slice(0, 40))).toEqual([
      expect.stringMatching(/^1\. Plan yapın: İlerlemeyi izlemek/),
      expect.stringMatching(/^2\. Hedef kitlenizi düşünün\/dikkate alın:/),
      expect.stringMatching(/^3\. Sosyal medyanın sosyal olduğunu/),
      expect.stringMatching(/^4\. Sosyal medyaya zaman ayırın:/),
      expect.stringMatching(/^5\. Deneyimleyin! /),
    ])
    // The closing list of ten videos is a real bullet list.
    expect(body.at(-1)?.type).toBe('list')
    expect(body).toHaveLength(10)
  })

  it('has no backslash, no <u> and no HTML entity in any text, Turkish letters and typographic quotes intact', async () => {
    const texts = textNodes((await findAdvice(ctx.payload, 16, 2))!.body).map((n) => n.text ?? '')
    const all = texts.join('')
    expect(all).not.toMatch(/\\|<\/?u>|&amp;|&lt;/)
    expect(all).toContain("STGM'nin “")
    expect(all).toContain('Özgür Fırat Yumuşak, Sivil Düşün”')
    expect(all).toContain('görürüsünüz.')
  })

  it('underlines the link texts that were wrapped in <u>, and only them', async () => {
    const body = (await findAdvice(ctx.payload, 16, 2))!.body
    const links = linkNodes(body)
    expect(links).toHaveLength(14)
    for (const link of links) {
      for (const text of link.children ?? []) expect(Number(text.format) & UNDERLINE).toBe(UNDERLINE)
    }
    const inLinks = new Set(links.flatMap((l) => l.children ?? []))
    const outside = textNodes(body).filter((n) => !inLinks.has(n))
    expect(outside.length).toBeGreaterThan(10)
    expect(outside.some((n) => (Number(n.format) & UNDERLINE) !== 0)).toBe(false)
  })

  it('keeps every YouTube playlist link whole, with &list=…&index=…', async () => {
    const urls = linkNodes((await findAdvice(ctx.payload, 16, 2))!.body).map((l) => l.fields?.url ?? '')
    const playlist = urls.filter((u) => u.includes('&list='))
    expect(playlist).toHaveLength(10)
    for (const url of playlist) {
      expect(url).toMatch(
        /^https:\/\/www\.youtube\.com\/watch\?v=[\w-]+&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=\d+$/,
      )
    }
    expect(playlist.map((u) => Number(u.split('&index=')[1]))).toEqual([4, 3, 5, 2, 1, 7, 8, 9, 10, 11])
  })

  it('turns the 14 links into 14 distinct Resources attached to the advice, titled by their link text, kind inferred', async () => {
    const advice = (await findAdvice(ctx.payload, 16, 2))!
    const resources = (advice.resources ?? []) as Resource[]
    expect(resources).toHaveLength(14)
    expect(new Set(resources.map((r) => r.id)).size).toBe(14)
    // The links stay in the text, and every one of them is a resource.
    const linked = linkNodes(advice.body).map((l) => l.fields?.url)
    expect(resources.map((r) => r.url).sort()).toEqual([...linked].sort())

    const byUrl = new Map(resources.map((r) => [r.url, r]))
    expect(byUrl.get('https://www.stgm.org.tr/stok-ogrenme-platformu')).toMatchObject({
      title: 'STOK Çevrimiçi Öğrenme Platformu',
      kind: 'course',
      publisher: 'STGM',
    })
    expect(byUrl.get('http://www.stgm.org.tr/sivil-toplum-okulu-stok/herkes-dijital-sever')).toMatchObject({
      title: 'Herkes Dijital Sever 300',
      kind: 'course',
    })
    expect(
      byUrl.get('https://www.stgm.org.tr/sites/default/files/2020-09/web-ve-sosyal-medya-yonetimi-rehberi.pdf'),
    ).toMatchObject({
      title: 'Web ve Sosyal Medya Yönetimi',
      kind: 'document',
    })
    // A YouTube link whose text says it is a webinar recording.
    expect(byUrl.get('https://www.youtube.com/watch?v=Z9XRjO273ws')).toMatchObject({
      title: 'STÖ’ler için Sosyal Medya İpuçları Webinarı',
      kind: 'webinar',
      publisher: 'YouTube',
    })
    const videos = resources.filter((r) => r.url.includes('&list='))
    expect(videos).toHaveLength(10)
    expect(videos.every((r) => r.kind === 'video' && r.title.startsWith('UNFPA-STGM Ortak Eğitimleri: '))).toBe(true)
    expect(
      byUrl.get('https://www.youtube.com/watch?v=TrhFuDrgThs&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=10')?.title,
    ).toBe('UNFPA-STGM Ortak Eğitimleri: Görsel Tasarım Araçları')
  })

  it('publishes the resources too, so readers see them', async () => {
    const advice = await findAdvice(ctx.payload, 16, 2, { reader: true })
    const resources = (advice!.resources ?? []) as Resource[]
    expect(resources.filter((r) => typeof r === 'object' && r.title)).toHaveLength(14)
  })
})

describe('quirks of the corpus', () => {
  it('reads a question file: text, area by name, explanation; ids given as quoted strings', async () => {
    const q16 = await findQuestion(ctx.payload, 16, { reader: true })
    expect(q16?.text).toBe('Örgütünüz sosyal medyayı nasıl kullanıyor?')
    expect(q16?.area).toMatchObject({ title: 'İletişim' })
    expect(blocks(q16?.explanation)).toEqual([
      {
        type: 'paragraph',
        text: 'Sosyal medya, örgütünüzün sesini duyurmanın en erişilebilir yollarından biridir. Size en yakın cevabı seçin.',
      },
    ])
    const q3 = await findQuestion(ctx.payload, 3, { reader: true })
    expect(q3?.text).toBe('Örgütünüzün yazılı bir stratejik planı var mı?')
    expect(q3?.area).toMatchObject({ title: 'Yönetişim' })
  })

  it('quoted ids ("3", \'1\') find question 3, choice 1; lists, nested lists and blockquotes survive', async () => {
    const advice = await findAdvice(ctx.payload, 3, 1)
    expect(blocks(advice?.body).map((b) => b.type)).toEqual(['paragraph', 'list', 'quote'])
    const list = (advice!.body as unknown as { root: { children: Array<{ listType: string; children: unknown[] }> } })
      .root.children[1]
    expect(list.listType).toBe('number')
    expect(JSON.stringify(list)).toContain('"listType":"bullet"')
    expect(blocks(advice?.body)[2].text).toBe('Plan, yaşayan bir belgedir.')
  })

  it('a .txt file with CRLF line endings in a nested folder: no carriage return anywhere', async () => {
    const advice = await findAdvice(ctx.payload, 3, 2)
    expect(blocks(advice?.body)).toEqual([
      { type: 'paragraph', text: 'Windows satır sonlarıyla yazılmış reçete.' },
      { type: 'paragraph', text: 'İkinci paragraf: ç ğ ı İ ö ş ü.' },
    ])
    expect((await findChoice(ctx.payload, 3, 2))?.label).toBe('Evet, yazılı bir planımız var.')
  })

  it('a .markdown file with a UTF-8 byte-order mark: front matter read, no BOM in the text', async () => {
    const choice = await findChoice(ctx.payload, 3, 3)
    expect(choice?.label).toBe('Planımız var ama güncel değil.')
    const text = blocks((await findAdvice(ctx.payload, 3, 3))?.body)[0].text
    expect(text).toBe('Bayt sıra işaretiyle (BOM) başlayan dosya: planınızı bu yıl güncelleyin.')
  })

  it('an unknown front-matter key is a warning, the file is imported', async () => {
    expect(blocks((await findAdvice(ctx.payload, 3, 4))?.body)[0].text).toBe(
      'Planınızı çalışanlarınız ve gönüllülerinizle paylaşın.',
    )
  })

  it('a javascript: link loses its target but keeps its text; the safe link stays a link', async () => {
    const body = (await findAdvice(ctx.payload, 3, 5))?.body
    expect(blocks(body)[0].text).toBe('Tebrikler! Buraya tıklayın yazan bağlantılar yerine STGM rehberini kullanın.')
    expect(linkNodes(body).map((l) => l.fields?.url)).toEqual(['https://www.stgm.org.tr/rehber'])
    expect(JSON.stringify(body)).not.toContain('javascript')
  })

  it('a <script> is removed with its content', async () => {
    const body = (await findAdvice(ctx.payload, 3, 6))?.body
    expect(blocks(body)[0].text).toBe('Gözden geçirme toplantılarınızı raporlayın. Sonuçları paylaşın.')
    expect(JSON.stringify(body)).not.toMatch(/alert|script/)
  })

  it('stray inline HTML is reduced to its text; <u> stays underline and <br> a line break', async () => {
    const body = (await findAdvice(ctx.payload, 3, 7))?.body
    expect(blocks(body)[0].text).toBe('Bu çok değerli bir deneyimdir.\nYeni satırda altı çizili metin.')
    expect(JSON.stringify(body)).not.toMatch(/<span|vurgu/)
    const underlined = textNodes(body).filter((n) => (Number(n.format) & UNDERLINE) !== 0)
    expect(underlined.map((n) => n.text)).toEqual(['altı çizili'])
  })

  it('an advice file for an unknown question creates a published placeholder "Soru 99" with the choice', async () => {
    const question = await findQuestion(ctx.payload, 99, { reader: true })
    expect(question?.text).toBe('Soru 99')
    expect((await findChoice(ctx.payload, 99, 1, { reader: true }))?.label).toBe('Gönüllü politikamız yok.')
    expect(await findAdvice(ctx.payload, 99, 1, { reader: true })).toBeDefined()
  })

  it('a question file arriving later completes the placeholder (no conflict: nobody edited it)', async () => {
    const dir = tempDir()
    writeContentFile(
      dir,
      'soru-99.md',
      { title: 'Gönüllülerle nasıl çalışıyorsunuz?', question_id: 99, area: 'İnsan Kaynakları' },
      'Gönüllü yönetimi.',
    )
    const later = await importContent(ctx.payload, [dir], { locale: 'tr', status: 'published' })
    expect(later).toMatchObject({
      imported: 1,
      conflicts: [],
      errors: [],
      created: { areas: 1 },
      updated: { questions: 1 },
    })
    const question = await findQuestion(ctx.payload, 99, { reader: true })
    expect(question?.text).toBe('Gönüllülerle nasıl çalışıyorsunuz?')
    expect(question?.area).toMatchObject({ title: 'İnsan Kaynakları' })
    expect((await findChoice(ctx.payload, 99, 1, { reader: true }))?.label).toBe('Gönüllü politikamız yok.')
  })

  it('a placeholder made by a --status draft import is a draft as well, invisible to readers', async () => {
    const dir = tempDir()
    writeContentFile(dir, 'taslak.md', { title: 'Taslak seçenek', question_id: 98, choice_id: 1 }, 'Taslak reçete.')
    const draftRun = await importContent(ctx.payload, [dir], { locale: 'tr', status: 'draft' })
    expect(draftRun.created).toMatchObject({ questions: 1, choices: 1, advice: 1 })
    expect(await findQuestion(ctx.payload, 98, { reader: true })).toBeUndefined()
    expect(await findChoice(ctx.payload, 98, 1, { reader: true })).toBeUndefined()
    expect(await findAdvice(ctx.payload, 98, 1, { reader: true })).toBeUndefined()
    expect((await findQuestion(ctx.payload, 98, { draft: true }))?.text).toBe('Soru 98')
    expect((await findQuestion(ctx.payload, 98, { draft: true }))?._status).toBe('draft')
  })
})

describe('broken files', () => {
  let broken: ImportReport
  let before: Awaited<ReturnType<typeof countEverything>>
  let after: Awaited<ReturnType<typeof countEverything>>
  beforeAll(async () => {
    before = await countEverything(ctx.payload)
    broken = await importContent(ctx.payload, [brokenDir], { locale: 'tr', status: 'published' })
    after = await countEverything(ctx.payload)
  })

  it('are each reported with what is wrong and, where known, the line; the valid file beside them is imported', () => {
    expect(broken).toEqual({
      files: 8,
      imported: 1,
      created: { ...zero, choices: 1, advice: 1 },
      updated: zero,
      unchanged: 0,
      conflicts: [],
      errors: [
        { file: 'empty-body.md', line: 6, message: expect.stringContaining('Reçete metni boş') },
        { file: 'missing-question-id.md', line: null, message: expect.stringContaining('question_id eksik') },
        { file: 'no-front-matter.md', line: 1, message: expect.stringContaining('Ön bilgi (front matter) yok') },
        {
          file: 'non-numeric-choice-id.md',
          line: null,
          message: expect.stringContaining('choice_id 1 ile 999.999 arasında bir tam sayı olmalı; "b" okundu'),
        },
        {
          file: 'unparseable-yaml-colon-in-title-line-4.md',
          line: 4,
          message: expect.stringMatching(/geçerli bir YAML değil: .*başlığı tırnak içine alın/),
        },
        { file: 'duplicate-pair-a.md', line: null, message: expect.stringContaining('soru 3, seçenek 9') },
        {
          file: 'duplicate-pair-b.md',
          line: null,
          message: expect.stringContaining('(duplicate-pair-a.md, duplicate-pair-b.md)'),
        },
      ],
      warnings: [],
    })
  })

  it('write nothing: only the valid file added a choice and an advice', async () => {
    expect(after.choices.docs - before.choices.docs).toBe(1)
    expect(after.advice.docs - before.advice.docs).toBe(1)
    expect(after.questions).toEqual(before.questions)
    expect(after.resources).toEqual(before.resources)
    expect((await findChoice(ctx.payload, 3, 10, { reader: true }))?.label).toBe(
      'Planımızı gönüllülerimizle birlikte uyguluyoruz.',
    )
    for (const c of [8, 9, 11]) expect(await findChoice(ctx.payload, 3, c, { draft: true })).toBeUndefined()
  })

  it('neither of two files for the same question and choice wins', async () => {
    const labels = (
      await ctx.payload.find({ collection: 'choices', draft: true, where: { label: { like: 'Aynı seçenek' } } })
    ).docs
    expect(labels).toHaveLength(0)
  })
})

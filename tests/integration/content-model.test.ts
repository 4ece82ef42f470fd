import { beforeAll, describe, expect, it } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { paragraphs, textOf } from '@tests/support/lexical'

const ctx = usePayload()
let cast: Cast
let base: Awaited<ReturnType<typeof createPublishedAdvice>>
beforeAll(async () => {
  cast = await createCast(ctx.payload)
  base = await createPublishedAdvice(ctx.payload, 16, 'İlk metin')
})

const asEditor = () => ({ overrideAccess: false, user: cast.editor })

describe('constraints an editor relies on', () => {
  it('question numbers are unique, with a Turkish message on the number field', async () => {
    await expect(
      ctx.payload.create({
        collection: 'questions',
        data: { number: 16, text: 'Kopya', _status: 'published' },
        ...asEditor(),
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'number', message: expect.stringContaining('Bu numarayla bir soru zaten var') }] },
    })
  })

  it('choice numbers are unique within a question, also for drafts, but reusable across questions', async () => {
    await expect(
      ctx.payload.create({
        collection: 'choices',
        draft: true,
        data: { question: base.question.id, number: 1, label: 'Kopya' },
        ...asEditor(),
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'number' }] } })
    const other = await ctx.payload.create({
      collection: 'questions',
      data: { number: 17, text: 'Başka soru', _status: 'published' },
    })
    const choice = await ctx.payload.create({
      collection: 'choices',
      data: { question: other.id, number: 1, label: 'Evet', _status: 'published' },
      ...asEditor(),
    })
    expect(choice.title).toBe('17.1 · Evet')
    // In a language it was never saved in, the admin (no fallback) still tells it apart by its numbers.
    const inEnglish = await ctx.payload.findByID({
      collection: 'choices',
      id: choice.id,
      locale: 'en',
      fallbackLocale: false,
      ...asEditor(),
    })
    expect(inEnglish.label).toBeFalsy()
    expect(inEnglish.title).toBe('17.1')
  })

  it('a choice has at most one advice', async () => {
    await expect(
      ctx.payload.create({
        collection: 'advice',
        draft: true,
        data: { choice: base.choice.id, body: paragraphs('İkinci') },
        ...asEditor(),
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'choice', message: expect.stringContaining('zaten bir reçetesi var') }] },
    })
  })

  it('question and choice numbers must be positive whole numbers', async () => {
    for (const number of [0, -3, 2.5]) {
      await expect(
        ctx.payload.create({
          collection: 'questions',
          data: { number, text: 'Geçersiz', _status: 'published' },
          ...asEditor(),
        }),
      ).rejects.toMatchObject({ status: 400 })
    }
  })

  it('advice carries its question and choice numbers for the admin list', async () => {
    const advice = await ctx.payload.findByID({ collection: 'advice', id: base.advice.id })
    expect([advice.questionNumber, advice.choiceNumber, advice.title]).toEqual([16, 1, 'Soru 16 · Seçenek 1'])
  })

  it('resource links are stored once in canonical form, keeping their query', async () => {
    const url = 'HTTPS://WWW.YouTube.com/watch?v=yOQZuMGcO7k&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4#t=10'
    const resource = await ctx.payload.create({
      collection: 'resources',
      data: { url, title: 'Sosyal Medyaya Giriş', _status: 'published' },
      ...asEditor(),
    })
    expect(resource.url).toBe(
      'https://www.youtube.com/watch?v=yOQZuMGcO7k&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4',
    )
    expect(resource.kind).toBe('video')
    await expect(
      ctx.payload.create({
        collection: 'resources',
        data: { url: url.toLowerCase().replace('#t=10', ''), title: 'Kopya', _status: 'published' },
        ...asEditor(),
      }),
    ).resolves.toBeDefined()
    await expect(
      ctx.payload.create({
        collection: 'resources',
        data: { url, title: 'Kopya', _status: 'published' },
        ...asEditor(),
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'url' }] } })
  })

  it('resource links must be http(s), in drafts too', async () => {
    for (const draft of [false, true]) {
      await expect(
        ctx.payload.create({
          collection: 'resources',
          draft,
          data: { url: 'javascript:alert(1)', title: 'Kötü' },
          ...asEditor(),
        }),
      ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'url' }] } })
    }
  })

  it('rich text with a javascript: or data: link is refused, in drafts too, naming the field', async () => {
    const link = (url: string) => ({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              {
                type: 'link',
                version: 3,
                direction: null,
                format: '',
                indent: 0,
                fields: { url, linkType: 'custom', newTab: false },
                children: [
                  { type: 'text', version: 1, text: 'tıklayın', format: 0, detail: 0, mode: 'normal', style: '' },
                ],
              },
            ],
          },
        ],
      },
    })
    for (const [url, draft] of [
      ['javascript:alert(1)', true],
      [' JaVa\tScRiPt:alert(1)', false],
      ['data:text/html,<b>x</b>', true],
    ] as const) {
      await expect(
        ctx.payload.update({
          collection: 'advice',
          id: base.advice.id,
          locale: 'tr',
          draft,
          data: { body: link(url) as never },
          ...asEditor(),
        }),
      ).rejects.toMatchObject({
        status: 400,
        data: { errors: [{ path: 'body', message: expect.stringContaining('güvenli olmayan bir bağlantı') }] },
      })
    }
    const saved = await ctx.payload.update({
      collection: 'advice',
      id: base.advice.id,
      locale: 'tr',
      draft: true,
      data: { body: link('https://www.stgm.org.tr/') as never },
      ...asEditor(),
    })
    expect(textOf(saved.body)).toBe('tıklayın')
  })

  it('area slugs keep Turkish letters readable', async () => {
    const area = await ctx.payload.create({
      collection: 'areas',
      data: { title: 'İletişim ve Görünürlük', _status: 'published' },
      ...asEditor(),
    })
    expect(area.slug).toBe('iletisim-ve-gorunurluk')
  })
})

describe('joins list related documents for readers and editors alike', () => {
  it('a question lists its published choices; a reader does not see draft choices', async () => {
    await ctx.payload.create({
      collection: 'choices',
      draft: true,
      data: { question: base.question.id, number: 2, label: 'Taslak seçenek' },
      ...asEditor(),
    })
    const forReader = await ctx.payload.findByID({
      collection: 'questions',
      id: base.question.id,
      overrideAccess: false,
    })
    const forEditor = await ctx.payload.findByID({
      collection: 'questions',
      id: base.question.id,
      draft: true,
      ...asEditor(),
    })
    expect(forReader.choices?.docs?.length).toBe(1)
    expect(forEditor.choices?.docs?.length).toBe(2)
  })
})

describe('versions', () => {
  it('every publish is a version, and an earlier one can be restored', async () => {
    const id = base.advice.id
    await ctx.payload.update({
      collection: 'advice',
      id,
      data: { body: paragraphs('İkinci metin'), _status: 'published' },
      ...asEditor(),
    })
    const versions = await ctx.payload.findVersions({
      collection: 'advice',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      ...asEditor(),
    })
    const first = versions.docs.find((v) => textOf(v.version.body) === 'İlk metin')
    expect(first).toBeDefined()
    await ctx.payload.restoreVersion({ collection: 'advice', id: first!.id, ...asEditor() })
    const live = await ctx.payload.findByID({ collection: 'advice', id, overrideAccess: false })
    expect(textOf(live.body)).toBe('İlk metin')
  })
})

describe('languages', () => {
  it('English reads fall back to Turkish until a translation is published', async () => {
    const en = await ctx.payload.findByID({
      collection: 'choices',
      id: base.choice.id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(en.label).toBe('Seçenek 16.1')
    await ctx.payload.update({
      collection: 'choices',
      id: base.choice.id,
      locale: 'en',
      data: { label: 'Choice 16.1', _status: 'published' },
      ...asEditor(),
    })
    const translated = await ctx.payload.findByID({
      collection: 'choices',
      id: base.choice.id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(translated.label).toBe('Choice 16.1')
    const tr = await ctx.payload.findByID({
      collection: 'choices',
      id: base.choice.id,
      locale: 'tr',
      overrideAccess: false,
    })
    expect(tr.label).toBe('Seçenek 16.1')
  })
})

describe('deleting', () => {
  it('a question with choices, or a choice with advice, cannot be deleted until its children are', async () => {
    const { question, choice, advice } = await createPublishedAdvice(ctx.payload, 60)
    await expect(ctx.payload.delete({ collection: 'questions', id: question.id, ...asEditor() })).rejects.toMatchObject(
      {
        status: 400,
        message: expect.stringContaining('önce seçeneklerini silin'),
      },
    )
    await expect(ctx.payload.delete({ collection: 'choices', id: choice.id, ...asEditor() })).rejects.toMatchObject({
      status: 400,
    })
    await ctx.payload.delete({ collection: 'advice', id: advice.id, ...asEditor() })
    await ctx.payload.delete({ collection: 'choices', id: choice.id, ...asEditor() })
    await ctx.payload.delete({ collection: 'questions', id: question.id, ...asEditor() })
    expect((await ctx.payload.find({ collection: 'questions', where: { number: { equals: 60 } } })).totalDocs).toBe(0)
  })
})

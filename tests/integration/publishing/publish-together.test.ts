import { beforeAll, describe, expect, it } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { paragraphs } from '@tests/support/lexical'

/**
 * A question page goes live in one step: from the question (or from an advice under an
 * unpublished question), editors are told what readers do not see yet and publish exactly
 * that, in the language they are editing; translators may not.
 */
const ctx = usePayload()
const http = httpClient(ctx.payload)
let cast: Cast
let tokens: Record<'editor' | 'translator', string>
let question: string
let choices: string[]
let advice: string[]

type Item = { collection: string; id: string; title: string }

const unpublished = async (collection: string, id: string, token = tokens.editor) =>
  http.rest('GET', `publish-together/${collection}/${id}?locale=tr`, { token })

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  tokens = {
    editor: await tokenFor(ctx.payload, cast.editor.email),
    translator: await tokenFor(ctx.payload, cast.translator.email),
  }
  const draft = { draft: true, locale: 'tr' as const }
  question = (await ctx.payload.create({ collection: 'questions', ...draft, data: { number: 81, text: 'Yeni soru?' } }))
    .id
  choices = []
  advice = []
  for (const n of [1, 2, 3]) {
    const choice = await ctx.payload.create({
      collection: 'choices',
      ...draft,
      data: { question, number: n, label: `Cevap ${n}` },
    })
    choices.push(choice.id)
    advice.push(
      (
        await ctx.payload.create({
          collection: 'advice',
          ...draft,
          data: { choice: choice.id, body: paragraphs(`Reçete ${n}`) },
        })
      ).id,
    )
  }
})

describe('publishing a question page in one step', () => {
  it('lists, from the question and from an advice, what readers do not see yet, question first', async () => {
    const fromQuestion = await unpublished('questions', question)
    expect(fromQuestion.status).toBe(200)
    const items = fromQuestion.json.items as Item[]
    expect(items.map((i) => i.id)).toEqual([question, ...choices, ...advice])
    expect(items[0].title).toBe('Soru 81: Yeni soru?')
    expect(items[1].title).toBe('Seçenek 81.1 · Cevap 1')
    expect(items[4].title).toBe('Reçete: Soru 81 · Seçenek 1')
    const fromAdvice = await unpublished('advice', advice[1])
    expect((fromAdvice.json.items as Item[]).map((i) => i.id)).toEqual([question, ...choices, ...advice])
  })

  it('translators and anonymous readers may neither list nor publish', async () => {
    expect((await unpublished('questions', question, tokens.translator)).status).toBe(403)
    expect((await http.rest('GET', `publish-together/questions/${question}?locale=tr`)).status).toBe(403)
    const refused = await http.rest('POST', `publish-together/questions/${question}?locale=tr`, {
      token: tokens.translator,
      body: { ids: [question] },
    })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.json)).toContain('Yayımlamak editörlerin işidir')
  })

  it('publishes exactly what the editor was shown and confirmed, nothing else', async () => {
    // The editor confirms the question, two choices and their advice; the third stays a draft.
    const confirmed = [question, choices[0], choices[1], advice[0], advice[1], 'not-on-this-page']
    const { status, json } = await http.rest('POST', `publish-together/questions/${question}?locale=tr`, {
      token: tokens.editor,
      body: { ids: confirmed },
    })
    expect(status).toBe(200)
    expect((json.published as Item[]).map((i) => i.id)).toEqual(confirmed.slice(0, 5))
    // Readers now get the page with two answers and their advice.
    const read = async (collection: string, id: string) => (await http.rest('GET', `${collection}/${id}`)).status
    expect(await read('questions', question)).toBe(200)
    expect(await read('choices', choices[1])).toBe(200)
    expect(await read('advice', advice[1])).toBe(200)
    expect(await read('choices', choices[2])).toBe(404)
    expect(await read('advice', advice[2])).toBe(404)
    // What is left is listed, and each publish is in the activity log with its language.
    const left = (await unpublished('questions', question)).json.items as Item[]
    expect(left.map((i) => i.id)).toEqual([choices[2], advice[2]])
    const log = await ctx.payload.find({
      collection: 'activity-log',
      where: { and: [{ action: { equals: 'publish' } }, { document: { in: confirmed } }] },
    })
    expect(log.docs.map((e) => e.locale)).toEqual(['tr', 'tr', 'tr', 'tr', 'tr'])
  })

  it('an unknown document is a 404 with a Turkish message', async () => {
    const { status, json } = await unpublished('advice', '00000000-0000-4000-8000-000000000000')
    expect(status).toBe(404)
    expect(JSON.stringify(json)).toContain('Böyle bir soru, seçenek ya da reçete yok')
    expect((await unpublished('users', cast.editor.id)).status).toBe(404)
  })
})

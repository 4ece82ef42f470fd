import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { noStore, refuse } from '@/cms/endpoints/endpoint-answers'
import { messages } from '@/cms/messages'
import { defaultLocale, isLocale } from '@/shared/locales'
import { isEditor } from '@/shared/roles'

import type { Advice, Choice, Question } from '@payload-types'

type Family = 'questions' | 'choices' | 'advice'

export type Unpublished = { collection: Family; id: string; title: string }

/** The language the page is published in: the request's, Turkish for none (or "all"). */
const languageOf = (req: PayloadRequest) => (isLocale(req.locale) ? req.locale : defaultLocale)

/** Documents as readers have them (the live table), in the request's language. */
async function live<T>(req: PayloadRequest, collection: Family, where: object): Promise<T[]> {
  const { docs } = await req.payload.find({
    collection,
    where: where as never,
    draft: false,
    depth: 0,
    pagination: false,
    locale: languageOf(req),
    overrideAccess: true,
    req,
  })
  return docs as T[]
}

/**
 * A question, its choices and their advice: what one question page shows. From any of them:
 * an advice or a choice leads to its question, and from there to the whole page.
 */
async function pageOf(req: PayloadRequest, collection: Family, id: string) {
  let questionId: string | null = null
  if (collection === 'questions') questionId = id
  let choiceId: string | null = collection === 'choices' ? id : null
  if (collection === 'advice') {
    const [advice] = await live<Advice>(req, 'advice', { id: { equals: id } })
    choiceId = advice ? String(advice.choice) : null
  }
  if (choiceId) {
    const [choice] = await live<Choice>(req, 'choices', { id: { equals: choiceId } })
    questionId = choice?.question ? String(choice.question) : null
  }
  if (!questionId) return null
  const [question] = await live<Question>(req, 'questions', { id: { equals: questionId } })
  if (!question) return null
  const choices = await live<Choice>(req, 'choices', { question: { equals: question.id } })
  const advice = choices.length ? await live<Advice>(req, 'advice', { choice: { in: choices.map((c) => c.id) } }) : []
  return { question, choices, advice }
}

/**
 * What of that page readers do not see because it was never published (or was unpublished):
 * the question first, then its choices, then their advice, in the order they must go live.
 */
async function unpublishedOf(req: PayloadRequest, collection: Family, id: string): Promise<Unpublished[] | null> {
  const page = await pageOf(req, collection, id)
  if (!page) return null
  const items: Unpublished[] = []
  const add = (family: Family, doc: { id: string; _status?: string | null }, title: string) => {
    if (doc._status !== 'published') items.push({ collection: family, id: doc.id, title })
  }
  add('questions', page.question, `Soru ${page.question.number}: ${page.question.text ?? ''}`.trim())
  for (const choice of page.choices) add('choices', choice, `Seçenek ${choice.title ?? choice.number}`)
  for (const advice of page.advice) add('advice', advice, `Reçete: ${advice.title ?? ''}`)
  return items
}

const families: Family[] = ['questions', 'choices', 'advice']

/** The unpublished parts of the page the address names, or the refusal to answer with. */
async function partsAsked(req: PayloadRequest): Promise<Unpublished[] | Response> {
  if (!isEditor(req.user)) return refuse(req, messages.publishTogetherEditorsOnly, 403)
  const { collection, id } = (req.routeParams ?? {}) as { collection?: string; id?: string }
  const known = collection && id && families.includes(collection as Family)
  const items = known ? await unpublishedOf(req, collection as Family, id) : null
  return items ?? refuse(req, messages.publishTogetherUnknown, 404)
}

/**
 * GET /api/publish-together/{questions|choices|advice}/{id}?locale=tr (editors): the parts of
 * that document's question page that readers do not see yet, so the admin can offer to
 * publish them in one step.
 */
export const unpublishedTogetherEndpoint: Endpoint = {
  path: '/publish-together/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const items = await partsAsked(req)
    if (items instanceof Response) return items
    return Response.json({ locale: languageOf(req), items }, { headers: noStore })
  },
}

/**
 * POST /api/publish-together/{collection}/{id}?locale=tr with `{ "ids": [...] }` (editors):
 * publishes, in that language, those of the listed documents that are still unpublished parts
 * of the page: nothing the editor was not shown. Each is an ordinary publish, with its rules,
 * activity entry and page refresh.
 */
export const publishTogetherEndpoint: Endpoint = {
  path: '/publish-together/:collection/:id',
  method: 'post',
  handler: async (req) => {
    const items = await partsAsked(req)
    if (items instanceof Response) return items
    await addDataAndFileToRequest(req)
    const asked = new Set(
      Array.isArray((req.data as { ids?: unknown } | undefined)?.ids)
        ? ((req.data as { ids: unknown[] }).ids.filter((id) => typeof id === 'string') as string[])
        : [],
    )
    const published: Unpublished[] = []
    for (const item of items.filter((i) => asked.has(i.id))) {
      try {
        await req.payload.update({
          collection: item.collection,
          id: item.id,
          locale: languageOf(req),
          data: { _status: 'published' },
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        })
      } catch (error) {
        return refuse(req, messages.publishTogetherFailed, 400, {
          published,
          failed: { ...item, reason: (error as Error).message.split('\n')[0].slice(0, 300) },
        })
      }
      published.push(item)
    }
    return Response.json({ locale: languageOf(req), published }, { headers: noStore })
  },
}

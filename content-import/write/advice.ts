import { contentHash } from '@/rich-text/content-hash'
import { linkUrls } from '@/rich-text/links'
import { inferPublisher, inferResourceKind } from '@/shared/links/resource-kind'
import { adviceTitle, choiceTitle } from '@/shared/text/titles'
import { normaliseUrl } from '@/shared/links/urls'
import type { ConvertedBody } from '@content-import/convert'
import { refuseInvisible, type SourceHeader } from '@content-import/parse'
import type { MarkdownLink } from '@content-import/markdown/to-lexical'
import { createdLive, nowLive, type Run } from '@content-import/run'
import { choiceKey } from '@content-import/state'
import type { FileWriter } from '@content-import/write/file-writer'

const placeholderText = (number: number) => `Soru ${number}`

/**
 * Step 5 of an import, for an advice file: its choice (created or renamed), its question
 * (a placeholder when the question file is missing), its resources and the advice itself.
 */
export async function writeAdvice(
  run: Run,
  h: SourceHeader,
  converted: ConvertedBody,
  writer: FileWriter,
): Promise<void> {
  const { state, options } = run
  // Before anything is written: a link's text becomes its resource's title.
  for (const link of converted.links) refuseInvisible('bağlantı metni (kaynağın başlığı olur)', link.text.trim())
  const choiceNumber = h.choiceNumber as number
  const question = state.questions.get(h.questionNumber)
  const choice = question ? state.choices.get(choiceKey(question.id, choiceNumber)) : undefined
  const advice = choice ? state.advice.get(choice.id) : undefined

  const questionId = await ensureQuestion(run, h.questionNumber, writer, h.file.label)
  let choiceId = choice?.id
  if (!choiceId) {
    choiceId = await writer.createDirect(
      'choices',
      {
        question: questionId,
        number: choiceNumber,
        label: h.title,
        questionNumber: h.questionNumber,
        title: choiceTitle(h.questionNumber, choiceNumber, h.title),
      },
      ['label', 'title'],
    )
    const published = options.status === 'published'
    state.choices.set(choiceKey(questionId, choiceNumber), {
      id: choiceId,
      questionId,
      label: h.title,
      live: { published, newestIsLive: published },
    })
  } else if (choice!.label !== h.title || (options.status === 'published' && !choice!.live.published)) {
    await writer.update('choices', choiceId, { label: h.title })
    choice!.label = h.title
    choice!.live = nowLive(run, choice!.live)
  }

  const resourceIds = await ensureResources(run, converted.links, writer)
  const keptFromOtherLanguages = advice ? await resourcesCitedInOtherLocales(run, advice.id) : []
  const body = converted.body
  const source = {
    path: h.file.label,
    hash: h.sourceHash,
    contentHash: contentHash([h.title], body),
    importedAt: run.now,
  }
  const data = { choice: choiceId, body, resources: [...new Set([...resourceIds, ...keptFromOtherLanguages])], source }
  if (advice) {
    await writer.update('advice', advice.id, data)
    Object.assign(advice, { body, resources: data.resources, source })
    advice.live = nowLive(run, advice.live, h.sourceHash)
  } else {
    const id = await writer.createDirect(
      'advice',
      { ...data, questionNumber: h.questionNumber, choiceNumber, title: adviceTitle(h.questionNumber, choiceNumber) },
      ['body', 'source.hash', 'source.contentHash', 'source.importedAt'],
    )
    state.advice.set(choiceId, {
      id,
      choiceId,
      body,
      resources: data.resources,
      source,
      live: createdLive(run, h.sourceHash),
    })
  }
}

/** The question an advice file belongs to, created as a placeholder for editors when missing. */
async function ensureQuestion(run: Run, number: number, writer: FileWriter, file: string): Promise<string> {
  const { state, options } = run
  const existing = state.questions.get(number)
  if (existing) {
    if (options.status === 'published' && !existing.live.published) {
      await writer.update('questions', existing.id, {})
      existing.live = nowLive(run, existing.live, existing.live.hash)
    }
    return existing.id
  }
  const text = placeholderText(number)
  const source = { hash: null, contentHash: contentHash([text, null], null), importedAt: run.now }
  const id = await writer.create('questions', { number, text, source })
  run.report.warnings.push({
    file,
    line: null,
    message: `Soru ${number} için soru dosyası yok: "${text}" adlı yer tutucu bir soru oluşturuldu${options.status === 'published' ? ' ve yayımlandı' : ''}. Soru metnini CMS'te ya da bir soru dosyasıyla (choice_id olmadan) tamamlayın.`,
  })
  state.questions.set(number, { id, text, explanation: null, area: null, source, live: createdLive(run, null) })
  return id
}

/** One Resource per distinct http(s) link, titled by its link text in this language. */
async function ensureResources(run: Run, links: MarkdownLink[], writer: FileWriter): Promise<string[]> {
  const { options } = run
  const ids: string[] = []
  const resources = links.length ? await run.state.resources() : new Map<string, never>()
  for (const link of links) {
    const url = normaliseUrl(link.url)
    if (!url) continue
    const title = link.text.trim() || url
    let resource = resources.get(url)
    if (!resource) {
      const id = await writer.createDirect(
        'resources',
        { url, title, kind: inferResourceKind(url, title), publisher: inferPublisher(url) },
        ['title'],
      )
      resource = { id, title, published: options.status === 'published' }
      resources.set(url, resource)
    } else if (!resource.title || (options.status === 'published' && !resource.published)) {
      await writer.update('resources', resource.id, resource.title ? {} : { title })
      resource.title ||= title
      if (options.status === 'published') resource.published = true
    }
    if (!ids.includes(resource.id)) ids.push(resource.id)
  }
  return ids
}

/** Resources linked from the advice's other languages stay attached when this language changes. */
async function resourcesCitedInOtherLocales(run: Run, adviceId: string): Promise<string[]> {
  if (run.options.dryRun && adviceId.startsWith('dry-run-')) return []
  const doc = await run.payload.findByID({
    collection: 'advice',
    id: adviceId,
    locale: 'all',
    draft: true,
    depth: 0,
    select: { body: true },
  })
  const bodies = (doc.body ?? {}) as unknown as Record<string, unknown>
  const ids: string[] = []
  const resources = await run.state.resources()
  for (const [locale, body] of Object.entries(bodies)) {
    if (locale === run.options.locale) continue
    for (const url of linkUrls(body)) {
      const id = resources.get(url)?.id
      if (id && !ids.includes(id)) ids.push(id)
    }
  }
  return ids
}

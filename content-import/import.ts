import { randomUUID } from 'node:crypto'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { defaultLocale, type Locale } from '../src/lib/locales'
import { inferPublisher, inferResourceKind } from '../src/lib/resource-kind'
import { normaliseUrl } from '../src/lib/urls'
import { adviceTitle } from '../collections/Advice/hooks'
import { choiceTitle } from '../collections/Choices/hooks'
import { contentHash } from './content-hash'
import { collectFiles } from './files'
import { linkUrls } from './links'
import { Converter } from './converter'
import { FileProblem, readHeader, type Link, type SourceHeader } from './parse'
import { emptyReport, type Entity, type ImportReport } from './report'
import { areaKey, choiceKey, loadState, type ContentState } from './state'
import { visibleText } from './visible-text'

export type ImportStatus = 'published' | 'draft'
export type ImportOptions = {
  locale: Locale
  status: ImportStatus
  dryRun?: boolean
  force?: boolean
  onProgress?: (done: number, total: number) => void
}

const collectionEntity: Record<string, Entity> = {
  areas: 'areas',
  questions: 'questions',
  choices: 'choices',
  advice: 'advice',
  resources: 'resources',
}

/** What a document was before this file's first write to it, to put it back if the file fails. */
type Snapshot = { doc: Record<string, unknown>; versionIds: Set<string>; latestVersionId: string | null }
type Write =
  | { kind: 'created'; collection: CollectionSlug; id: string }
  | { kind: 'updated'; collection: CollectionSlug; id: string; before: Snapshot }

/**
 * Writes one file's documents, all or nothing: inside a database transaction where the
 * adapter has one (MongoDB on a replica set). Otherwise (SQLite, whose Payload adapter runs
 * without transactions) every write is logged and undone when a later step fails: created
 * documents are deleted, updated ones get their stored row back and lose the versions the
 * failed file added. In a dry run nothing is written and invented ids stand in for new documents.
 */
class FileWriter {
  private writes: Write[] = []
  constructor(
    private readonly payload: Payload,
    readonly req: PayloadRequest,
    private readonly options: ImportOptions,
    private readonly report: ImportReport,
    /** Invents a dry-run id unique in the whole run: ids of different files must never collide. */
    private readonly dryRunId: () => string,
    /** Whether the file's writes run inside a database transaction (then the database undoes them). */
    private readonly transactional: boolean,
  ) {}

  private get status() {
    return this.options.status
  }

  async create(collection: CollectionSlug, data: Record<string, unknown>): Promise<string> {
    this.report.created[collectionEntity[collection]]++
    if (this.options.dryRun) return this.dryRunId()
    const doc = await this.payload.create({
      collection,
      data: { ...data, _status: this.status === 'published' ? 'published' : 'draft' } as never,
      draft: this.status === 'draft',
      locale: this.options.locale,
      req: this.req,
      // Nothing is read back: no population of relations, no fields beyond the id.
      depth: 0,
      select: { id: true } as Record<string, true>,
    })
    this.writes.push({ kind: 'created', collection, id: String(doc.id) })
    return String(doc.id)
  }

  /**
   * A new choice, advice or resource, written straight through the database adapter with
   * its first version. A first import of a thousand advice files creates about six
   * thousand of them, and the full Payload operation per document (validation, hooks,
   * read-back) was most of its time. What the collections' hooks would add (numbers,
   * titles, kind, publisher) the caller computes with the same helpers, and uniqueness is
   * known from the run's state, with the database's unique indexes behind it.
   * `localized` names the fields (dotted for group fields) that hold this language's text.
   */
  async createDirect(collection: CollectionSlug, data: Record<string, unknown>, localized: string[]): Promise<string> {
    this.report.created[collectionEntity[collection]]++
    if (this.options.dryRun) return this.dryRunId()
    const now = new Date().toISOString()
    const fields: Record<string, unknown> = structuredClone(data)
    for (const dotted of localized) {
      const keys = dotted.split('.')
      const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, fields)
      const key = keys.at(-1) as string
      if (parent && key in parent) parent[key] = { [this.options.locale]: parent[key] }
    }
    Object.assign(fields, { _status: this.status, createdAt: now, updatedAt: now })
    let id: string
    if ((this.payload.db as { idType?: string }).idType === 'uuid') {
      // SQLite ids are UUIDs chosen here, so nothing has to be read back after the insert.
      id = randomUUID()
      await this.payload.db.create({ collection, data: { ...fields, id }, customID: id, req: this.req, returning: false })
    } else {
      id = String((await this.payload.db.create({ collection, data: fields, req: this.req })).id)
    }
    this.writes.push({ kind: 'created', collection, id })
    await this.payload.db.createVersion({
      collectionSlug: collection,
      parent: id,
      versionData: fields as never,
      createdAt: now,
      updatedAt: now,
      autosave: false,
      req: this.req,
      returning: false,
    })
    return id
  }

  async update(collection: CollectionSlug, id: string, data: Record<string, unknown>): Promise<void> {
    this.report.updated[collectionEntity[collection]]++
    if (this.options.dryRun) return
    if (!this.transactional && !this.writes.some((w) => w.collection === collection && w.id === id)) {
      this.writes.push({ kind: 'updated', collection, id, before: await this.snapshot(collection, id) })
    }
    await this.payload.update({
      collection,
      id,
      data: (this.status === 'published' ? { ...data, _status: 'published' } : data) as never,
      draft: this.status === 'draft',
      locale: this.options.locale,
      req: this.req,
      depth: 0,
      select: { id: true } as Record<string, true>,
    })
  }

  private async snapshot(collection: CollectionSlug, id: string): Promise<Snapshot> {
    const [doc, versions] = await Promise.all([
      this.payload.db.findOne<Record<string, unknown> & { id: string }>({ collection, where: { id: { equals: id } }, locale: 'all', joins: false as never, req: this.req }),
      this.payload.db.findVersions({ collection, where: { parent: { equals: id } }, pagination: false, sort: '-updatedAt', req: this.req }),
    ])
    if (!doc) throw new Error(`${collection} ${id} bulunamadı.`)
    const latest = versions.docs.find((v) => (v as { latest?: boolean }).latest) ?? versions.docs[0]
    return { doc, versionIds: new Set(versions.docs.map((v) => String(v.id))), latestVersionId: latest ? String(latest.id) : null }
  }

  /** Puts back what this file wrote, newest first (nothing to do inside a transaction). */
  async undo(): Promise<void> {
    if (this.transactional) return
    for (const write of this.writes.reverse()) {
      const { collection, id } = write
      if (write.kind === 'created') {
        await this.payload.delete({ collection, id, req: this.req })
        continue
      }
      const { doc, versionIds, latestVersionId } = write.before
      await this.payload.db.updateOne({ collection, id, data: doc, locale: 'all', req: this.req, returning: false })
      const versions = await this.payload.db.findVersions({ collection, where: { parent: { equals: id } }, pagination: false, req: this.req })
      const added = versions.docs.map((v) => String(v.id)).filter((v) => !versionIds.has(v))
      if (added.length) await this.payload.db.deleteVersions({ collection, where: { id: { in: added } }, req: this.req })
      if (latestVersionId) {
        await this.payload.db.updateVersion({ collection, id: latestVersionId, versionData: { latest: true } as never, req: this.req, returning: false })
      }
    }
  }
}

type Run = { payload: Payload; options: ImportOptions; report: ImportReport; converter: Converter; state: ContentState; now: string }

const isDefault = (run: Run) => run.options.locale === defaultLocale
const placeholderText = (number: number) => `Soru ${number}`

/** Imports Markdown files into the CMS and reports what happened (see README, "İçe aktarma"). */
export async function importContent(payload: Payload, inputs: string[], options: ImportOptions): Promise<ImportReport> {
  const report = emptyReport()
  const { files, errors, warnings } = collectFiles(inputs)
  report.files = files.length
  report.errors.push(...errors)
  report.warnings.push(...warnings)

  const headers: SourceHeader[] = []
  for (const file of files) {
    try {
      const header = readHeader(file)
      report.warnings.push(...header.warnings)
      headers.push(header)
    } catch (error) {
      report.errors.push({
        file: file.label,
        line: error instanceof FileProblem ? error.line : null,
        message: error instanceof FileProblem ? error.message : `Dosya okunamadı: ${shortMessage(error)}`,
      })
    }
  }

  const unique = rejectDuplicates(headers, report)
  // Question files first, so an advice file in the same run finds its question.
  const ordered = [...unique.filter((h) => h.kind === 'question'), ...unique.filter((h) => h.kind === 'advice')]

  const converter = new Converter()
  try {
    const run: Run = { payload, options, report, converter, state: await loadState(payload, options.locale), now: new Date().toISOString() }
    await importFiles(run, ordered)
  } finally {
    await converter.close()
  }
  return report
}

/** Each file in its own all-or-nothing write; one file's failure is its error, never the run's end. */
async function importFiles(run: Run, ordered: SourceHeader[]): Promise<void> {
  const { payload, options, report } = run
  let done = 0
  let dryRunIds = 0
  const dryRunId = () => `dry-run-${++dryRunIds}`
  for (const header of ordered) {
    const req = await createLocalReq({ locale: options.locale, context: { disableRevalidate: true } }, payload)
    const countsBefore = JSON.stringify([report.created, report.updated])
    const ownsTransaction = options.dryRun ? false : await initTransaction(req)
    const writer = new FileWriter(payload, req, options, report, dryRunId, ownsTransaction)
    try {
      const outcome = header.kind === 'advice' ? await importAdvice(run, header, writer) : await importQuestion(run, header, writer)
      if (ownsTransaction) await commitTransaction(req)
      if (outcome === 'unchanged') report.unchanged++
      if (outcome !== 'conflict') report.imported++
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      const undone = await writer.undo().then(
        () => null,
        (undoError: Error) => undoError,
      )
      // Counts of a file that was rolled back do not stand.
      ;[report.created, report.updated] = JSON.parse(countsBefore)
      const problem = error instanceof FileProblem ? error : null
      report.errors.push({
        file: header.file.label,
        line: problem?.line ?? null,
        message: problem
          ? problem.message
          : undone
            ? `İçe aktarılamadı ve yazılanlar geri alınamadı (${shortMessage(undone)}); bu dosyanın belgelerini CMS'te kontrol edin: ${shortMessage(error)}`
            : `İçe aktarılamadı, hiçbir şey yazılmadı: ${shortMessage(error)}`,
      })
      if (!options.dryRun) run.state = await loadState(payload, options.locale)
    }
    options.onProgress?.(++done, ordered.length)
  }
}

/**
 * An unexpected error as one short line of a report: a database error's message can hold
 * the whole SQL statement with every value (megabytes for a file with many links).
 */
function shortMessage(error: unknown): string {
  const cause = (error as { cause?: { message?: unknown } }).cause?.message
  const text = String(typeof cause === 'string' ? cause : ((error as Error)?.message ?? error)).split('\n')[0]
  return visibleText(text.length > 200 ? `${text.slice(0, 197)}…` : text)
}

/** Two files for the same question (and choice) in one run: neither wins silently. */
function rejectDuplicates(headers: SourceHeader[], report: ImportReport): SourceHeader[] {
  const groups = new Map<string, SourceHeader[]>()
  for (const h of headers) {
    const key = `${h.questionNumber}/${h.choiceNumber ?? '-'}`
    groups.set(key, [...(groups.get(key) ?? []), h])
  }
  const kept: SourceHeader[] = []
  for (const group of groups.values()) {
    if (group.length === 1) {
      kept.push(group[0])
      continue
    }
    const names = group.map((h) => h.file.label).join(', ')
    const what = group[0].choiceNumber === null ? `soru ${group[0].questionNumber}` : `soru ${group[0].questionNumber}, seçenek ${group[0].choiceNumber}`
    for (const h of group) {
      report.errors.push({
        file: h.file.label,
        line: null,
        message: `Aynı ${what} için bu çalıştırmada birden fazla dosya var (${names}). Hangisinin doğru olduğuna karar verip diğerlerini çıkarın; hiçbiri içe aktarılmadı.`,
      })
    }
  }
  return kept.sort((a, b) => headers.indexOf(a) - headers.indexOf(b))
}

type Outcome = 'written' | 'unchanged' | 'conflict'

function conflict(run: Run, header: SourceHeader, what: string, importedAt: string | null | undefined): Outcome {
  const since = importedAt ? `son içe aktarmadan (${importedAt.slice(0, 16).replace('T', ' ')}) sonra` : 'içe aktarma dışında'
  run.report.conflicts.push({
    file: header.file.label,
    message: `${what} ${since} CMS'te değiştirilmiş; editörün çalışmasını korumak için dosya içe aktarılmadı. Üzerine yazmak için --force kullanın (editörün sürümü geçmişte kalır).`,
  })
  return 'conflict'
}

/** What readers see after this run wrote a new version of an existing document. */
function nowLive<L extends { published: boolean; newestIsLive: boolean; hash?: string | null }>(run: Run, live: L, hash?: string | null): L {
  if (run.options.status === 'draft') return { ...live, newestIsLive: false }
  return { ...live, published: true, newestIsLive: true, ...(hash === undefined ? {} : { hash }) }
}

/** What readers see of a document this run created. */
function createdLive(run: Run, hash: string | null) {
  const published = run.options.status === 'published'
  return { published, hash: published ? hash : null, newestIsLive: published }
}

async function importAdvice(run: Run, h: SourceHeader, writer: FileWriter): Promise<Outcome> {
  const { state, options } = run
  const choiceNumber = h.choiceNumber as number
  const question = state.questions.get(h.questionNumber)
  const choice = question ? state.choices.get(choiceKey(question.id, choiceNumber)) : undefined
  if (!isDefault(run) && !choice) {
    throw new FileProblem(
      `Soru ${h.questionNumber}, seçenek ${choiceNumber} Türkçe içerikte yok. Çeviriden önce Türkçe dosyayı içe aktarın ya da numaraları kontrol edin.`,
    )
  }
  const advice = choice ? state.advice.get(choice.id) : undefined

  // Changed in the CMS since the last import (or never imported): an editor's work.
  const cmsContent = advice && choice ? contentHash([choice.label], advice.body) : null
  const edited = Boolean(advice && choice && (advice.body || choice.label) && advice.source?.contentHash !== cmsContent)
  const live = options.status === 'draft' || Boolean(advice?.live.published && choice?.live.published && question?.live.published)
  // The very file of the last import: decided without converting it (a no-op re-import stays fast).
  if (!edited && live && advice && (options.status === 'draft' ? advice.source?.hash : advice.live.hash) === h.sourceHash) {
    return 'unchanged'
  }

  const converted = await run.converter.body(h)
  // Another file with what the CMS already holds (e.g. an export imported back): nothing to
  // write and no editor's work at stake, even if the text was changed in the CMS.
  const newestIsLive = options.status === 'draft' || Boolean(advice?.live.newestIsLive && choice?.live.newestIsLive)
  if (live && newestIsLive && cmsContent !== null && cmsContent === contentHash([h.title], converted.body)) return 'unchanged'
  // With --force an edited advice is rewritten even when the file itself did not change.
  if (edited && !options.force) {
    return conflict(run, h, `Soru ${h.questionNumber}, seçenek ${choiceNumber} reçetesi`, advice?.source?.importedAt)
  }
  run.report.warnings.push(...converted.warnings)

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
    state.choices.set(choiceKey(questionId, choiceNumber), { id: choiceId, questionId, label: h.title, live: { published, newestIsLive: published } })
  } else if (choice!.label !== h.title || (options.status === 'published' && !choice!.live.published)) {
    await writer.update('choices', choiceId, { label: h.title })
    choice!.label = h.title
    choice!.live = nowLive(run, choice!.live)
  }

  const resourceIds = await ensureResources(run, converted.links, writer)
  const keptFromOtherLanguages = advice ? await resourcesCitedInOtherLocales(run, advice.id) : []
  const body = converted.body
  const source = { path: h.file.label, hash: h.sourceHash, contentHash: contentHash([h.title], body), importedAt: run.now }
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
    state.advice.set(choiceId, { id, choiceId, body, resources: data.resources, source, live: createdLive(run, h.sourceHash) })
  }
  return 'written'
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
async function ensureResources(run: Run, links: Link[], writer: FileWriter): Promise<string[]> {
  const { state, options } = run
  const ids: string[] = []
  for (const link of links) {
    const url = normaliseUrl(link.url)
    if (!url) continue
    const title = link.text.trim() || url
    let resource = state.resources.get(url)
    if (!resource) {
      const id = await writer.createDirect(
        'resources',
        { url, title, kind: inferResourceKind(url, title), publisher: inferPublisher(url) },
        ['title'],
      )
      resource = { id, title, published: options.status === 'published' }
      state.resources.set(url, resource)
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
    collection: 'advice', id: adviceId, locale: 'all', draft: true, depth: 0, select: { body: true },
  })
  const bodies = (doc.body ?? {}) as unknown as Record<string, unknown>
  const ids: string[] = []
  for (const [locale, body] of Object.entries(bodies)) {
    if (locale === run.options.locale) continue
    for (const url of linkUrls(body)) {
      const id = run.state.resources.get(url)?.id
      if (id && !ids.includes(id)) ids.push(id)
    }
  }
  return ids
}

async function importQuestion(run: Run, h: SourceHeader, writer: FileWriter): Promise<Outcome> {
  const { state, options } = run
  const question = state.questions.get(h.questionNumber)
  if (!isDefault(run) && !question) {
    throw new FileProblem(`Soru ${h.questionNumber} Türkçe içerikte yok. Çeviriden önce Türkçe soru dosyasını içe aktarın.`)
  }
  const cmsContent = question ? contentHash([question.text, question.area], question.explanation) : null
  const edited = Boolean(question && (question.text || question.explanation) && question.source?.contentHash !== cmsContent)
  const live = options.status === 'draft' || Boolean(question?.live.published)
  if (!edited && live && question && (options.status === 'draft' ? question.source?.hash : question.live.hash) === h.sourceHash) {
    return 'unchanged'
  }

  const converted = await run.converter.body(h)
  const newestIsLive = options.status === 'draft' || Boolean(question?.live.newestIsLive)
  const areaId = h.area ? state.areas.get(areaKey(h.area))?.id : question?.area
  const fileContent = areaId === undefined ? null : contentHash([h.title, areaId], converted.body)
  if (live && newestIsLive && cmsContent !== null && cmsContent === fileContent) return 'unchanged'
  if (edited && !options.force) return conflict(run, h, `Soru ${h.questionNumber}`, question?.source?.importedAt)
  run.report.warnings.push(...converted.warnings)
  const area = await ensureArea(run, h, question?.area ?? null, writer)
  const source = { path: h.file.label, hash: h.sourceHash, contentHash: contentHash([h.title, area], converted.body), importedAt: run.now }
  const data = { text: h.title, explanation: converted.body, area, source }
  if (question) {
    await writer.update('questions', question.id, data)
    Object.assign(question, { text: h.title, explanation: converted.body, area, source })
    question.live = nowLive(run, question.live, h.sourceHash)
  } else {
    const id = await writer.create('questions', { ...data, number: h.questionNumber })
    state.questions.set(h.questionNumber, { id, text: h.title, explanation: converted.body, area, source, live: createdLive(run, h.sourceHash) })
  }
  return 'written'
}

/**
 * The area named in a question file. In Turkish the name finds (or creates) the area; in
 * a translation it is the area's translated name, filled in when the area has none yet.
 */
async function ensureArea(run: Run, h: SourceHeader, currentArea: string | null, writer: FileWriter): Promise<string | null> {
  if (!h.area) return currentArea
  const { state, options } = run
  const found = state.areas.get(areaKey(h.area))
  if (found) {
    // An area first created by a --status draft import goes live with its published question.
    if (options.status === 'published' && !found.published) {
      await writer.update('areas', found.id, {})
      found.published = true
    }
    return found.id
  }
  if (!isDefault(run)) {
    if (currentArea) {
      await writer.update('areas', currentArea, { title: h.area })
      state.areas.set(areaKey(h.area), { id: currentArea, title: h.area, published: options.status === 'published' })
    } else {
      run.report.warnings.push({ file: h.file.label, line: null, message: `Sorunun bir alanı yok; "${h.area}" çevirisi kaydedilemedi.` })
    }
    return currentArea
  }
  const id = await writer.create('areas', { title: h.area, order: state.areas.size + 1 })
  state.areas.set(areaKey(h.area), { id, title: h.area, published: options.status === 'published' })
  return id
}

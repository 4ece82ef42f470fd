import { randomUUID } from 'node:crypto'

import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Entity, ImportReport } from '@content-import/report'
import type { ImportOptions } from '@content-import/run'
import { systemPerson } from '@/shared/activity'
import { DeferredInserts } from '@content-import/write/deferred-inserts'
import { firstVersionState, publishingStateKey, showsPublishingState } from '@/shared/states/publishing-states'

const collectionEntity: Record<string, Entity> = {
  areas: 'areas',
  questions: 'questions',
  choices: 'choices',
  advice: 'advice',
  resources: 'resources',
}

/**
 * Fields the collections' hooks compute (numbers and titles copied from relations, a link's kind
 * and publisher): a direct write stores what the import computed with the same helpers, a write
 * through Payload's operations leaves them to the hooks.
 */
const computedByHooks: Partial<Record<CollectionSlug, string[]>> = {
  choices: ['questionNumber', 'title'],
  advice: ['questionNumber', 'choiceNumber', 'title'],
  resources: ['kind', 'publisher'],
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
export class FileWriter {
  private writes: Write[] = []
  /** Whether a write was begun: from then on a failure may have left part of it in the transaction. */
  touched = false
  /**
   * New documents' rows, written together when the file is done (`finish()`) or before any other
   * write of the file (nothing the file reads is among them: new documents are known from the
   * run's state). Only inside a transaction, where a failure rolls them back with the rest;
   * without one, the undo log needs every created document written (docs/decisions/013).
   */
  private readonly deferred: DeferredInserts | null
  constructor(
    private readonly payload: Payload,
    readonly req: PayloadRequest,
    private readonly options: ImportOptions,
    private readonly report: ImportReport,
    /** Invents a dry-run id unique in the whole run: ids of different files must never collide. */
    private readonly dryRunId: () => string,
    /** Whether the file's writes run inside a database transaction (then the database undoes them). */
    private readonly transactional: boolean,
  ) {
    this.deferred = transactional ? new DeferredInserts(payload) : null
  }

  /** Writes what is still held; the file's writes are all in the transaction after it. */
  async finish(): Promise<void> {
    await this.deferred?.flush()
  }

  private get status() {
    return this.options.status
  }

  async create(collection: CollectionSlug, data: Record<string, unknown>): Promise<string> {
    this.report.created[collectionEntity[collection]]++
    if (this.options.dryRun) return this.dryRunId()
    this.touched = true
    await this.finish()
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
   * tests/integration/import/direct-writes.test.ts proves both ways store the same documents
   * and versions (`throughOperations`).
   */
  async createDirect(collection: CollectionSlug, data: Record<string, unknown>, localized: string[]): Promise<string> {
    if (this.options.throughOperations) {
      const computed = computedByHooks[collection] ?? []
      return this.create(collection, Object.fromEntries(Object.entries(data).filter(([k]) => !computed.includes(k))))
    }
    this.report.created[collectionEntity[collection]]++
    if (this.options.dryRun) return this.dryRunId()
    this.touched = true
    return this.deferred
      ? this.deferred.hold(() => this.writeDirect(collection, data, localized))
      : this.writeDirect(collection, data, localized)
  }

  private async writeDirect(
    collection: CollectionSlug,
    data: Record<string, unknown>,
    localized: string[],
  ): Promise<string> {
    const now = new Date().toISOString()
    const fields: Record<string, unknown> = structuredClone(data)
    for (const dotted of localized) {
      const keys = dotted.split('.')
      const parent = keys
        .slice(0, -1)
        .reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, fields)
      const key = keys.at(-1) as string
      if (parent && key in parent) parent[key] = { [this.options.locale]: parent[key] }
    }
    // As the collections' hooks would stamp it: nobody is signed in to an import.
    Object.assign(fields, { _status: this.status, createdAt: now, updatedAt: now, changedBy: systemPerson })
    let id: string
    if ((this.payload.db as { idType?: string }).idType === 'uuid') {
      // SQLite ids are UUIDs chosen here, so nothing has to be read back after the insert.
      id = randomUUID()
      await this.payload.db.create({
        collection,
        data: { ...fields, id },
        customID: id,
        req: this.req,
        returning: false,
      })
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
    // Its publishing state, as the collections' hooks store it after any other write: lists
    // read it instead of comparing the document with its version (src/cms/publishing/stored-state.ts).
    if (showsPublishingState(this.payload.collections[collection].config.fields)) {
      await this.payload.db.create({
        collection: 'publishing-states',
        data: {
          key: publishingStateKey(collection, id),
          scope: collection,
          document: id,
          ...firstVersionState(this.status === 'published'),
          createdAt: now,
          updatedAt: now,
        },
        req: this.req,
        returning: false,
      })
    }
    return id
  }

  async update(collection: CollectionSlug, id: string, data: Record<string, unknown>): Promise<void> {
    this.report.updated[collectionEntity[collection]]++
    if (this.options.dryRun) return
    this.touched = true
    await this.finish()
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
      this.payload.db.findOne<Record<string, unknown> & { id: string }>({
        collection,
        where: { id: { equals: id } },
        locale: 'all',
        joins: false as never,
        req: this.req,
      }),
      this.payload.db.findVersions({
        collection,
        where: { parent: { equals: id } },
        pagination: false,
        sort: '-updatedAt',
        req: this.req,
      }),
    ])
    if (!doc) throw new Error(`${collection} ${id} bulunamadı.`)
    const latest = versions.docs.find((v) => (v as { latest?: boolean }).latest) ?? versions.docs[0]
    return {
      doc,
      versionIds: new Set(versions.docs.map((v) => String(v.id))),
      latestVersionId: latest ? String(latest.id) : null,
    }
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
      // The failed update stored the publishing state of what is now undone: dropped, the state
      // is compared again when read and stored anew at the next start or write.
      await this.payload.db.deleteMany({
        collection: 'publishing-states',
        where: { key: { equals: publishingStateKey(collection, id) } },
        req: this.req,
      })
      const versions = await this.payload.db.findVersions({
        collection,
        where: { parent: { equals: id } },
        pagination: false,
        req: this.req,
      })
      const added = versions.docs.map((v) => String(v.id)).filter((v) => !versionIds.has(v))
      if (added.length)
        await this.payload.db.deleteVersions({ collection, where: { id: { in: added } }, req: this.req })
      if (latestVersionId) {
        await this.payload.db.updateVersion({
          collection,
          id: latestVersionId,
          versionData: { latest: true } as never,
          req: this.req,
          returning: false,
        })
      }
    }
  }
}

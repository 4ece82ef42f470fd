import type {
  CollectionAfterChangeHook,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
  RequestContext,
  Where,
} from 'payload'

import { documentOf } from '@/cms/activity/record'
import { notifyAfterSave, notifySafely } from '@/cms/notifications/notify'
import { defaultLocale, isLocale } from '@/shared/locales'
import { failingStates } from '@/shared/links/link-states'
import { becameOutdatedContext, type BecameOutdated } from '@/shared/states/translation-states'

import type { Schedule } from '@payload-types'

const editors: Where = { role: { in: ['editor', 'admin'] } }
const translatorsOf = (locale: string): Where => ({
  and: [{ role: { equals: 'translator' } }, { languages: { in: [locale] } }],
})
const nobody: Where = { id: { equals: '__nobody__' } }

/** The address in `reviewSentBy` ("Ad Soyad <adres>"), written by the server when the draft was sent. */
const senderAddress = (sentBy: unknown): string | null =>
  typeof sentBy === 'string' ? (/<([^<>\s]+@[^<>\s]+)>\s*$/.exec(sentBy)?.[1] ?? null) : null

/** Who made the translation in `locale`: its translation state's last writer, read after this save. */
async function lastTranslator(payload: Payload, scope: string, document: string, locale: string) {
  const { docs } = await payload.find({
    collection: 'translation-states',
    where: { key: { equals: `${scope}/${document}/${locale}` } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.changedBy ?? null
}

type Saved = {
  doc: Record<string, unknown>
  previousDoc?: Record<string, unknown>
  req: PayloadRequest
  context: RequestContext
  /** The document as notifications name it: collection (or global) slug, id, title in Turkish. */
  target: { collection: string; document: string; documentTitle: string }
}

/**
 * The review and publishing events of an editorial document or the site texts, in the language
 * of the save: sent to review (editors), changes requested with the note (the translator who
 * sent it), a translation published (its translator), and the published Turkish changed under a
 * current translation (the translators of that language). Written after the save commits.
 */
async function notifyOfSave({ doc, previousDoc, req, context, target: named }: Saved): Promise<void> {
  const locale = req.locale
  if (!isLocale(locale)) return
  const target = { ...named, locale }
  const actor = req.user?.id ?? null
  const before = (previousDoc?.reviewState as string | null | undefined) ?? null
  const after = (doc.reviewState as string | null | undefined) ?? null
  const sentBy = senderAddress(previousDoc?.reviewSentBy) ?? senderAddress(doc.reviewSentBy)

  if (after === 'in_review' && before !== 'in_review')
    await notifyAfterSave(req, { kind: 'review_requested', ...target, to: editors, actor })
  if (after === 'changes_requested' && before !== 'changes_requested')
    await notifyAfterSave(req, {
      kind: 'changes_requested',
      ...target,
      note: typeof doc.reviewComment === 'string' ? doc.reviewComment : null,
      to: sentBy ? { and: [{ role: { equals: 'translator' } }, { email: { equals: sentBy } }] } : nobody,
      actor,
    })
  if (locale !== defaultLocale && doc._status === 'published' && !context.savingDraft) {
    const made = sentBy ? null : await lastTranslator(req.payload, named.collection, named.document, locale)
    const who: Where | null = sentBy ? { email: { equals: sentBy } } : made ? { id: { equals: made } } : null
    if (who)
      await notifyAfterSave(req, {
        kind: 'translation_published',
        ...target,
        to: { and: [{ role: { equals: 'translator' } }, who] },
        actor,
      })
  }
  const outdated = (req.context[becameOutdatedContext] as BecameOutdated[] | undefined) ?? []
  const mine = outdated.filter((o) => o.scope === named.collection && o.document === named.document)
  if (mine.length) req.context[becameOutdatedContext] = outdated.filter((o) => !mine.includes(o))
  for (const { locale: language } of mine)
    await notifyAfterSave(req, {
      kind: 'source_changed',
      ...target,
      locale: language,
      to: translatorsOf(language),
      actor,
    })
}

export const notifyOfChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection, context }) => {
  await notifyOfSave({
    doc,
    previousDoc,
    req,
    context,
    target: documentOf(collection, doc, collection.admin.useAsTitle),
  })
  return doc
}

export const notifyOfGlobalChanges: GlobalAfterChangeHook = async ({ doc, previousDoc, req, global, context }) => {
  await notifyOfSave({ doc, previousDoc, req, context, target: documentOf(global, doc) })
  return doc
}

/** A scheduled publish or unpublish held or failed: who scheduled it. */
export async function notifyScheduleNotDone(payload: Payload, schedule: Schedule, outcome: string): Promise<void> {
  const byName: Where[] = schedule.requestedBy
    ? [{ name: { equals: schedule.requestedBy } }, { email: { equals: schedule.requestedBy } }]
    : []
  const to: Where = schedule.requestedById
    ? { id: { equals: schedule.requestedById } }
    : byName.length
      ? { and: [editors, { or: byName }] }
      : nobody
  await notifySafely(payload, {
    kind: 'schedule_not_done',
    collection: schedule.targetCollection,
    document: schedule.document,
    documentTitle: schedule.documentTitle,
    locale: schedule.locale,
    note: outcome,
    details: { action: schedule.action, at: schedule.at },
    to,
  })
}

type Checked = { title: string; url: string; status: { state: string } }

/** Links to show in one e-mail: the rest are in the admin's list. */
const linksShown = 20

/** The weekly link check found links not working: the editors. */
export async function notifyBrokenLinks(payload: Payload, checked: readonly Checked[]): Promise<void> {
  const failing = checked.filter((link) => (failingStates as readonly string[]).includes(link.status.state))
  if (failing.length === 0) return
  await notifySafely(payload, {
    kind: 'broken_links',
    note: failing
      .slice(0, linksShown)
      .map((link) => `${link.title} — ${link.url}`)
      .join('\n'),
    details: { count: failing.length },
    to: editors,
  })
}

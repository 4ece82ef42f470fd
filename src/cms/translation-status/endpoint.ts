import type { CollectionSlug, Endpoint, Field, GlobalSlug, PayloadRequest } from 'payload'

import { noStore, refuse } from '@/cms/endpoints/endpoint-answers'
import { messages } from '@/cms/messages'
import { liveAndNewest, type DocumentRef } from '@/cms/publishing/live-and-newest'
import { changedParagraphs } from '@/cms/translation-status/paragraphs'
import { translatedFields } from '@/cms/translation-status/hooks'
import { recordTranslationStates, storedRows, type SourceVersion } from '@/cms/translation-status/record'
import { translationLocales } from '@/cms/translation-status/read'
import { unitsIn } from '@/cms/translation-status/text'
import { defaultLocale } from '@/shared/locales'
import { isEditor, isStaff } from '@/shared/roles'

/** The document the address names, with its translated fields, or null. */
async function target(
  req: PayloadRequest,
): Promise<{ ref: DocumentRef; fields: string[]; scope: string; document: string; locale: string } | null> {
  const { scope, document } = (req.routeParams ?? {}) as { scope?: string; document?: string }
  const locale = new URL(req.url ?? 'http://x').searchParams.get('locale') ?? ''
  if (!scope || !document || !translationLocales().includes(locale)) return null
  const collection = req.payload.collections[scope as CollectionSlug]?.config
  const global = req.payload.config.globals.find((g) => g.slug === scope && document === scope)
  const fields = translatedFields((collection?.fields ?? global?.fields ?? []) as Field[])
  if (!fields) return null
  const ref: DocumentRef = collection
    ? { collection: scope as CollectionSlug, id: document }
    : { global: scope as GlobalSlug }
  if (collection) {
    const found = await req.payload.db.findOne({
      collection: scope as CollectionSlug,
      where: { id: { equals: document } },
      req,
    })
    if (!found) return null
  }
  return { ref, fields, scope, document, locale }
}

const history = (value: unknown): SourceVersion[] => (Array.isArray(value) ? (value as SourceVersion[]) : [])

/**
 * GET /api/translation-status/{collection}/{id}?locale=en (staff): where the translation
 * stands and, when outdated, the Turkish text it was made from and the Turkish text now,
 * for the word diff on the edit form, and the paragraphs whose Turkish changed, each beside
 * the translation's paragraph at its place (null for a translation made from Turkish whose
 * paragraphs were not kept: the form then compares whole fields).
 */
export const translationStatusEndpoint: Endpoint = {
  path: '/translation-status/:scope/:document',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) return refuse(req, messages.translationStatusStaffOnly, 403)
    const found = await target(req)
    if (!found) return refuse(req, messages.translationStatusUnknown, 404)
    const rows = await storedRows(req, found.scope, found.document)
    const row = rows.get(found.locale)
    const turkish = history(rows.get(defaultLocale)?.history)
    const now = turkish[0] ?? null
    const madeFrom = row?.sourceHash ? (turkish.find((v) => v.hash === row.sourceHash) ?? null) : null
    const outdated = row?.status === 'outdated'
    // The translation being worked on: the newest version in that language.
    const versions = outdated ? await liveAndNewest(req, found.ref) : null
    const translation = versions ? (versions.newest ?? versions.live) : null
    const paragraphs = outdated
      ? changedParagraphs(
          turkish,
          row?.sourceHash ?? null,
          rows.get(defaultLocale)?.sourceHash ?? null,
          unitsIn(translation, found.fields, found.locale),
        )
      : null
    return Response.json(
      {
        locale: found.locale,
        status: row?.status ?? 'missing',
        translatedAt: row?.textHash ? (row.changedAt ?? null) : null,
        turkishChangedAt: rows.get(defaultLocale)?.changedAt ?? null,
        turkishNow: now && { hash: now.hash, at: now.at, text: now.text },
        // Null when that Turkish text is older than the history kept (or unknown).
        madeFrom: outdated && madeFrom ? { hash: madeFrom.hash, at: madeFrom.at, text: madeFrom.text } : null,
        paragraphs,
      },
      { headers: noStore },
    )
  },
}

/**
 * POST /api/translation-status/{collection}/{id}/current?locale=en (editors): "the Turkish
 * change does not affect the translation", without touching the document or its versions.
 */
export const confirmTranslationEndpoint: Endpoint = {
  path: '/translation-status/:scope/:document/current',
  method: 'post',
  handler: async (req) => {
    if (!isEditor(req.user)) return refuse(req, messages.translationConfirmEditorsOnly, 403)
    const found = await target(req)
    if (!found) return refuse(req, messages.translationStatusUnknown, 404)
    const states = await recordTranslationStates(req, found.ref, found.fields, { confirm: found.locale })
    if (states[found.locale] === 'missing') return refuse(req, messages.translationConfirmNothing, 409)
    return Response.json({ locale: found.locale, status: states[found.locale] }, { headers: noStore })
  },
}

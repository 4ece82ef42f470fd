import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { localize, messages } from '@/cms/messages'
import { Refused } from '@/cms/refused'
import { richTextUnits } from '@/rich-text/segments'
import { commentableCollections, type CommentableCollection } from '@/shared/commentable'
import { isLocale } from '@/shared/locales'
import { isStaff } from '@/shared/roles'

/** A paragraph a comment may be about, as the side panel offers it. */
export type CommentParagraph = {
  /** The unit's id (src/rich-text/segments.ts): the field and the block's place, `body-3`. */
  id: string
  field: string
  fieldLabel: { tr: string; en: string }
  /** Its first words, to tell it from the others. */
  start: string
}

/** Paragraphs are told apart by their first words: about a short line of the side panel. */
const startChars = 60

/** The first words of a text, cut at a word's end, "…" when something is left out. */
export function firstWords(text: string, max = startChars): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max + 1)
  const end = cut.lastIndexOf(' ')
  return `${(end > max / 2 ? cut.slice(0, end) : cut.slice(0, max)).trimEnd()}…`
}

const labelOf = (label: unknown, name: string): { tr: string; en: string } =>
  typeof label === 'string'
    ? { tr: label, en: label }
    : label && typeof label === 'object'
      ? {
          tr: String((label as Record<string, unknown>).tr ?? name),
          en: String((label as Record<string, unknown>).en ?? name),
        }
      : { tr: name, en: name }

/**
 * The paragraphs of a document's rich text in one language, in reading order: the units of
 * its rich-text fields (every paragraph, heading, quote and list item, cut where the rest of
 * the code cuts them), read from its newest version as the person may read it, without the
 * Turkish filled in for a language not written yet. Empty when the document is not found.
 */
export async function documentParagraphs(
  req: PayloadRequest,
  collection: CommentableCollection,
  id: string,
  locale: string,
): Promise<CommentParagraph[]> {
  const fields = req.payload.collections[collection].config.flattenedFields.filter((field) => field.type === 'richText')
  if (fields.length === 0 || !isLocale(locale)) return []
  const doc = (await req.payload
    .findByID({
      collection: collection as CollectionSlug,
      id,
      draft: true,
      locale,
      fallbackLocale: false,
      depth: 0,
      select: Object.fromEntries(fields.map((field) => [field.name, true])),
      overrideAccess: false,
      user: req.user,
      req,
    })
    .catch(() => null)) as Record<string, unknown> | null
  if (!doc) return []
  return fields.flatMap((field) =>
    richTextUnits(field.name, doc[field.name]).map((unit) => ({
      id: unit.id,
      field: field.name,
      fieldLabel: labelOf(field.label, field.name),
      start: firstWords(unit.text),
    })),
  )
}

/**
 * `GET /api/comments/paragraphs?collection=advice&id=…&locale=en`: the paragraphs a comment
 * on that document in that language may be about (the side panel's choice, and how a comment
 * shows which paragraph it is about), staff only.
 */
export const commentParagraphsEndpoint: Endpoint = {
  path: '/paragraphs',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user as never)) throw new Refused(localize(req, messages.documentStateStaffOnly), 403)
    const collection = String(req.searchParams.get('collection') ?? '')
    const id = String(req.searchParams.get('id') ?? '')
    const locale = String(req.searchParams.get('locale') ?? '')
    if (!(commentableCollections as readonly string[]).includes(collection) || !id || !isLocale(locale))
      throw new Refused(localize(req, messages.commentDocumentUnknown), 400)
    const paragraphs = await documentParagraphs(req, collection as CommentableCollection, id, locale)
    return Response.json({ paragraphs }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

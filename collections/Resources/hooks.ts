import { ValidationError, type CollectionBeforeChangeHook, type FieldHook } from 'payload'

import type { Resource } from '@payload-types'
import { localize, messages } from '@/cms/messages'
import { inferPublisher, inferResourceKind } from '@/shared/resource-kind'
import { assertUnique } from '@/cms/hooks/unique'
import { normaliseUrl } from '@/shared/urls'

/** Stores links in one canonical form so the same course cited twice is one resource. */
export const normaliseUrlField: FieldHook<Resource, string | null | undefined> = ({ value }) =>
  typeof value === 'string' ? (normaliseUrl(value) ?? value.trim()) : value

/**
 * Refuses anything but an http(s) link, also in a draft (Payload validates drafts only on
 * publish, and a `javascript:` URL must never be stored), and fills kind and publisher from
 * the link when an editor left them empty.
 */
export const resourceDefaults: CollectionBeforeChangeHook<Resource> = async ({ data, originalDoc, req }) => {
  const url: unknown = data.url ?? originalDoc?.url
  if (typeof url !== 'string') return data
  if (!normaliseUrl(url)) {
    throw new ValidationError({
      collection: 'resources',
      id: originalDoc?.id,
      errors: [{ path: 'url', message: localize(req, messages.urlInvalid) }],
      req,
    })
  }
  await assertUnique({
    req,
    collection: 'resources',
    where: { url: { equals: url } },
    id: originalDoc?.id,
    path: 'url',
    message: messages.resourceUrlTaken,
  })
  const title = typeof data.title === 'string' ? data.title : ''
  return {
    ...data,
    kind: data.kind || originalDoc?.kind || inferResourceKind(url, title),
    publisher: data.publisher || originalDoc?.publisher || inferPublisher(url),
  }
}

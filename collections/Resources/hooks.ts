import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type FieldHook,
  type PayloadRequest,
} from 'payload'

import type { Resource } from '@payload-types'
import { localize, messages } from '@/cms/messages'
import { inferPublisher, inferResourceKind } from '@/shared/links/resource-kind'
import { assertUnique } from '@/cms/hooks/unique'
import { normaliseUrl } from '@/shared/links/urls'
import { isStaff } from '@/shared/roles'
import type { LinkStatus } from '@/cms/link-check/check-url'

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

type StoredCheck = LinkStatus & { url: string }

/**
 * Every stored link check, read once per request however many resources it shows. The
 * promise is kept: Payload reads a list's rows all at once, and a kept result came too late
 * for the rows after the first (each read every check again).
 */
function storedChecks(req: PayloadRequest): Promise<Map<string, StoredCheck>> {
  const cached = req.context.linkChecks as Promise<Map<string, StoredCheck>> | undefined
  if (cached) return cached
  const reading = req.payload
    .find({ collection: 'link-checks', pagination: false, depth: 0, overrideAccess: true, req })
    .then(
      ({ docs }) =>
        new Map(
          docs.map((c) => [
            c.resource as string,
            {
              url: c.url,
              state: c.state,
              httpStatus: c.httpStatus ?? null,
              redirectsTo: c.redirectsTo ?? null,
              checkedAt: c.checkedAt,
            },
          ]),
        ),
    )
  req.context.linkChecks = reading
  return reading
}

/**
 * `linkStatus`: the last check of this resource's link, or null when it was never checked or
 * the link changed since (field access keeps it to staff).
 */
export const linkStatusOf: FieldHook<Resource> = async ({ data, req }) => {
  if (!data?.id || !isStaff(req.user)) return null
  const check = (await storedChecks(req)).get(data.id)
  if (!check || check.url !== data.url) return null
  const { state, httpStatus, redirectsTo, checkedAt } = check
  return { state, httpStatus, redirectsTo, checkedAt }
}

/** A deleted resource's link check goes with it. */
export const removeLinkCheck: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'link-checks',
    where: { resource: { equals: id } },
    overrideAccess: true,
    req,
  })
}

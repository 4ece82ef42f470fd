import { createHash } from 'node:crypto'

import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { notContent, notInVersions } from '@/cms/publishing/versions'

const stable = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(stable)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, v]) => [key, stable(v)]),
        )
      : value

/**
 * What a scheduled publish would put live: the newest draft of the document in one language,
 * all its content fields (shared ones too, as a publish carries them), without bookkeeping.
 * Taken when the publish is scheduled and again when it is due: when they differ, somebody
 * changed the draft after scheduling and it is not published unreviewed.
 * Null when the document no longer exists.
 */
export async function draftFingerprint(
  payload: Payload,
  ref: { collection: string; id: string; locale: string },
  req?: PayloadRequest,
): Promise<string | null> {
  const collection = ref.collection as CollectionSlug
  const doc = await payload.findByID({
    collection,
    id: ref.id,
    locale: ref.locale as never,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!doc) return null
  const derived = notInVersions(payload.collections[collection].config)
  const content = Object.fromEntries(
    Object.entries(doc as unknown as Record<string, unknown>).filter(
      ([key]) => !notContent.includes(key) && !derived.has(key),
    ),
  )
  return createHash('sha256')
    .update(JSON.stringify(stable(content)))
    .digest('hex')
}

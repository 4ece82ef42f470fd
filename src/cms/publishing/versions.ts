import type { CollectionConfig, SanitizedCollectionConfig } from 'payload'

/**
 * Versions with drafts for editorial content. 50 versions per document keeps months of
 * revisions of one advice text while bounding the versions table. Every draft is checked like a
 * publish (a choice needs its number and its text; Payload's default saves any draft). For an
 * autosaved collection this also keeps Payload from creating an empty document the moment an
 * editor opens "create new": the first autosave happens once the required fields are filled.
 */
export function draftVersions({ autosave = false } = {}): CollectionConfig['versions'] {
  return {
    maxPerDoc: 50,
    drafts: autosave ? { autosave: { interval: 1500, showSaveDraftButton: true }, validate: true } : { validate: true },
  }
}

/**
 * The fields a document's version does not hold: join lists and virtual fields (translation and
 * publishing status) are read from elsewhere each time, some only for staff.
 */
export const notInVersions = (config: Pick<SanitizedCollectionConfig, 'flattenedFields'>): Set<string> =>
  new Set(config.flattenedFields.filter((f) => f.type === 'join' || ('virtual' in f && f.virtual)).map((f) => f.name))

/**
 * A collection whose versions record their author (`withHistory`) gets a "Sürümler" tab that
 * lists them (src/cms/admin/publishing/VersionsWithAuthors.tsx) instead of Payload's, which cannot show
 * them.
 */
export function withVersionAuthorsView(collection: CollectionConfig): CollectionConfig {
  const recordsAuthors = collection.fields.some((field) => 'name' in field && field.name === 'changedBy')
  if (!collection.versions || !recordsAuthors) return collection
  const components = collection.admin?.components ?? {}
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...components,
        views: {
          ...components.views,
          // No collection has other edit views of its own to keep.
          edit: { versions: { Component: '/cms/admin/publishing/VersionsWithAuthors' } },
        },
      },
    },
  }
}

/**
 * What comparing two versions of a document leaves out: bookkeeping, the review and the
 * schedule dates. A draft that only sends a translation to review or schedules a publish holds
 * no change readers wait for, and a scheduled text is the same text whatever its review state.
 */
export const notContent = [
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'importedAt',
  'changedBy',
  'source',
  'publishAt',
  'unpublishAt',
  'publishAt_tz',
  'unpublishAt_tz',
  'reviewState',
  'reviewComment',
  'reviewSentBy',
  'reviewSentAt',
]

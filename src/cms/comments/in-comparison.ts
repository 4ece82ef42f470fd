import type { CollectionConfig } from 'payload'

import { commentableCollections } from '@/shared/commentable'

/**
 * A commented collection shows its comments in the comparison of two versions too
 * (src/cms/admin/comments/CommentsInComparison.tsx, the collection's `Description`: the one
 * place Payload's comparison view renders a component of the collection's; it keeps showing
 * the collection's description wherever Payload shows it).
 */
export function withCommentsInComparison(collection: CollectionConfig): CollectionConfig {
  if (!(commentableCollections as readonly string[]).includes(collection.slug)) return collection
  const components = collection.admin?.components ?? {}
  if (components.Description) throw new Error(`${collection.slug}: a Description of its own would hide its comments`)
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: { ...components, Description: '/cms/admin/comments/CommentsInComparison' },
    },
  }
}

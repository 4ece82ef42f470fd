import type { CollectionConfig } from 'payload'

/**
 * Versions with drafts for editorial content. 50 versions per document keeps months of
 * revisions of one advice text while bounding the versions table.
 */
export function draftVersions({ autosave = false } = {}): CollectionConfig['versions'] {
  return {
    maxPerDoc: 50,
    drafts: autosave ? { autosave: { interval: 1500, showSaveDraftButton: true } } : true,
  }
}

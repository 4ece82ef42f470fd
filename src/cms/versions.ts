import type { CollectionConfig } from 'payload'

/**
 * Versions with drafts for editorial content. 50 versions per document keeps months of
 * revisions of one advice text while bounding the versions table. A draft saved by hand is
 * checked like a publish (a choice needs its number and its text; Payload's default saves any
 * draft); an autosaved one is not, as it is saved while the editor is still typing.
 */
export function draftVersions({ autosave = false } = {}): CollectionConfig['versions'] {
  return {
    maxPerDoc: 50,
    drafts: autosave ? { autosave: { interval: 1500, showSaveDraftButton: true } } : { validate: true },
  }
}

import { createServerFeature } from '@payloadcms/richtext-lexical'

/**
 * Lets the translation form's memory suggestions ("Ekle") write into a rich-text field's
 * editor: Payload's editor keeps its own state, so a paragraph can only be replaced from inside
 * it, by a plugin (src/cms/admin/translation/MemoryInsertPlugin.tsx).
 */
export const MemoryInsertFeature = createServerFeature({
  feature: { ClientFeature: '/cms/admin/translation/memory-insert-feature.client#MemoryInsertFeatureClient' },
  key: 'rotaMemoryInsert',
})

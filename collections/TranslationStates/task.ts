import type { CollectionSlug, TaskConfig } from 'payload'

import { translatedFields } from '@/cms/translation-status/hooks'
import { recordTranslationStates } from '@/cms/translation-status/record'

/**
 * Brings the translation states of some documents up to date. The import writes new
 * choices, advice and resources straight through the database adapter (no hooks run, for
 * speed); the export, which needs to know which Turkish text each translation is made from,
 * asks for their states through this task (the import may not use the CMS's code directly).
 */
export const recordTranslationStatesTask: TaskConfig<{
  input: { collection: string; ids: string[] }
  output: { recorded: number }
}> = {
  slug: 'recordTranslationStates',
  label: 'Çeviri durumlarını güncelle',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'ids', type: 'json', required: true },
  ],
  handler: async ({ input, req }) => {
    const config = req.payload.collections[input.collection as CollectionSlug]?.config
    const fields = config ? translatedFields(config.fields) : null
    if (!fields) throw new Error(`recordTranslationStates: ${input.collection} has no translated fields`)
    for (const id of input.ids)
      await recordTranslationStates(req, { collection: input.collection as CollectionSlug, id }, fields)
    return { output: { recorded: input.ids.length } }
  },
}

'use client'

import { createClientFeature } from '@payloadcms/richtext-lexical/client'

import { MemoryInsertPlugin } from '@/cms/admin/translation/MemoryInsertPlugin'

export const MemoryInsertFeatureClient = createClientFeature({
  plugins: [{ Component: MemoryInsertPlugin, position: 'normal' }],
})

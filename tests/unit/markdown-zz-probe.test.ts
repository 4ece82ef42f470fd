import { test } from 'vitest'
test('probe', async () => {
  const { sanitizeConfig } = await import('payload')
  const { lexicalEditor, editorConfigFactory, getEnabledNodes } = await import('@payloadcms/richtext-lexical')
  const { createHeadlessEditor } = await import('@payloadcms/richtext-lexical/lexical/headless')
  const config = await sanitizeConfig({ secret: 'x', collections: [], editor: lexicalEditor() } as never)
  const ec = await editorConfigFactory.default({ config })
  const nodes = getEnabledNodes({ editorConfig: ec })
  console.log(nodes.map((n) => (n as { getType(): string }).getType()))
  const editor = createHeadlessEditor({ nodes, onError: (e) => { throw e } })
  console.log(typeof editor)
})

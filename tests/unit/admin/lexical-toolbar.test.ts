import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { describe, expect, it } from 'vitest'

import { toolbarNames } from '@/cms/admin/editor-toolbar-names'

/**
 * Tripwire for what EditorToolbarLabels.tsx relies on in Payload's lexical editor, read from the
 * installed client bundle: the attributes its toolbar buttons carry, the classes of the link
 * editor's buttons, and the key of every button we name. A failure here after an upgrade says
 * which of these the new release changed; the toolbar would otherwise fall back to unnamed icons
 * and remove links without asking.
 */
const require = createRequire(import.meta.url)
const bundle = readFileSync(require.resolve('@payloadcms/richtext-lexical/client'), 'utf8')

describe("Payload's lexical toolbar, as EditorToolbarLabels.tsx reads it", () => {
  it.each([
    ['"data-button-key"', 'toolbar buttons carry their key in data-button-key'],
    ['"data-dropdown-key"', 'toolbar drop-downs carry their key in data-dropdown-key'],
    ['className:"link-edit"', "the link editor's edit button has the class link-edit"],
    ['className:"link-trash"', "the link editor's remove button has the class link-trash"],
  ])('%s: %s', (shape, behaviour) => {
    expect(bundle.includes(shape), `Payload changed: ${behaviour} no longer holds`).toBe(true)
  })

  const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']
  const keys = Object.keys(toolbarNames.tr).filter(
    (key) => !headings.includes(key) && !['editLink', 'removeLink', 'confirmRemove'].includes(key),
  )
  it.each(keys)('a button or drop-down keyed "%s" exists', (key) => {
    expect(bundle.includes(`key:"${key}"`), `Payload changed: no toolbar item is keyed "${key}" any more`).toBe(true)
  })

  it('headings are keyed by their size, h1 to h6', () => {
    expect(bundle, 'Payload changed: headings are no longer keyed h1…h6').toContain(
      'enabledHeadingSizes:e=["h1","h2","h3","h4","h5","h6"]',
    )
  })

  it('names every key in Turkish and English alike', () => {
    expect(Object.keys(toolbarNames.en).sort()).toEqual(Object.keys(toolbarNames.tr).sort())
  })
})

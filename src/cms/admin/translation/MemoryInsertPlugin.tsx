'use client'

import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import {
  $createHeadingNode,
  $createQuoteNode,
  type HeadingTagType,
} from '@payloadcms/richtext-lexical/lexical/rich-text'
import { useEditorConfigContext } from '@payloadcms/richtext-lexical/client'
import { useEffect } from 'react'

import { memoryInsertEvent, type MemoryInsert, type NewBlock } from '@/cms/admin/translation/memory-insert'
import { blockAtPlace, placeOfUnit } from '@/rich-text/segments'

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

const childrenOf = (node: LexicalNode): LexicalNode[] => ($isElementNode(node) ? node.getChildren() : [])

function $newBlock(block: NewBlock | undefined): ElementNode {
  if (block?.type === 'quote') return $createQuoteNode()
  if (block?.type === 'heading' && headingTags.has(block.tag)) return $createHeadingNode(block.tag as HeadingTagType)
  return $createParagraphNode()
}

/** The memory's plain text as the editor's nodes: its line breaks kept. */
const $textNodes = (text: string): LexicalNode[] =>
  text
    .split('\n')
    .flatMap((line, i) => [...(i > 0 ? [$createLineBreakNode()] : []), ...(line ? [$createTextNode(line)] : [])])

/**
 * The block at a unit's place, or a new one when the place is right after the last top-level
 * block (a translation written paragraph by paragraph from the memory), or when the translation
 * is still the editor's one empty paragraph and the Turkish block is a heading or a quote.
 */
function $placeFor(insert: MemoryInsert): ElementNode | null {
  const place = placeOfUnit(insert.field, insert.unit)
  if (!place) return null
  const root = $getRoot()
  const found = blockAtPlace(root.getChildren(), place, (node) => node.getType(), childrenOf)
  if (found && $isElementNode(found)) {
    const empty = root.getChildrenSize() === 1 && root.getTextContent() === ''
    if (!empty || !insert.block || insert.block.type === found.getType()) return found
    const block = $newBlock(insert.block)
    found.replace(block)
    return block
  }
  if (place.length !== 1 || place[0] !== root.getChildrenSize()) return null
  const block = $newBlock(insert.block)
  root.append(block)
  return block
}

/**
 * Part of every rich-text field (MemoryInsertFeature): puts a translation memory suggestion
 * in place of the text of the paragraph it is for, in one update, so that one undo takes it
 * back and the field's own change handler marks the form modified (and autosave saves it).
 * Lists nested in a list item stay where they are; only the item's own text is replaced.
 */
export function MemoryInsertPlugin() {
  const [editor] = useLexicalComposerContext()
  const { fieldProps } = useEditorConfigContext()
  const path = fieldProps.path
  useEffect(() => {
    const take = (event: Event) => {
      const insert = (event as CustomEvent<MemoryInsert>).detail
      if (insert.field !== path || insert.result || !editor.isEditable()) return
      // The update function runs before update() returns; only the DOM is written later.
      editor.update(() => {
        const block = $placeFor(insert)
        if (!block) {
          insert.result = 'no-place'
          return
        }
        // The translator clicked outside the editor: a selection inside the replaced text
        // would point at nodes that are gone.
        $setSelection(null)
        const lists = block.getChildren().filter((child) => child.getType() === 'list')
        for (const child of block.getChildren()) if (child.getType() !== 'list') child.remove()
        const nodes = $textNodes(insert.text)
        if (lists[0]) for (const node of nodes) lists[0].insertBefore(node)
        else block.append(...nodes)
        insert.result = 'inserted'
      })
    }
    document.addEventListener(memoryInsertEvent, take)
    return () => document.removeEventListener(memoryInsertEvent, take)
  }, [editor, path])
  return null
}

import type { SerializedEditorState, SerializedLexicalNode } from 'lexical'

import type { Block, Inline, List, ListItem } from '@content-import/markdown/model'

/**
 * Lexical JSON exactly as Payload's editor (default features, Lexical 0.50) writes it back from
 * `editorState.toJSON()`, so that loading and saving a document in the admin changes nothing:
 * - a paragraph's `textFormat` is the format of its first direct text child (0 without one), which is
 *   what ParagraphNode.exportJSON computes; other elements carry no textFormat/textStyle;
 * - list items are numbered the way the list transform numbers them: an item that only holds a nested
 *   list takes the current number without using it up; a list item's `indent` is its nesting depth
 *   (ListItemNode.getIndent counts the list items above it, whatever was stored);
 * - an empty document is one empty paragraph: Lexical refuses to load a root without children;
 * - links carry no `id` (Payload adds one only to links made in the editor), autolinks are version 2.
 */

/** Node JSON with the fields of its own node class. */
type NodeJson = SerializedLexicalNode & Record<string, unknown>

const element = (type: string, children: NodeJson[], extra: Record<string, unknown>, version = 1): NodeJson => ({
  type,
  version,
  children,
  direction: children.length > 0 ? 'ltr' : null,
  format: '',
  indent: 0,
  ...extra,
})

const emptyParagraph = () => element('paragraph', [], { textFormat: 0, textStyle: '' })

export function modelToLexical(blocks: Block[]): SerializedEditorState {
  return {
    root: {
      type: 'root',
      version: 1,
      children: blocks.length > 0 ? blocks.map(blockNode) : [emptyParagraph()],
      direction: blocks.length > 0 ? 'ltr' : null,
      format: '',
      indent: 0,
    },
  }
}

function blockNode(block: Block): NodeJson {
  switch (block.kind) {
    case 'paragraph': {
      const firstText = block.children.find((child) => child.kind === 'text')
      const textFormat = firstText?.kind === 'text' ? firstText.format : 0
      return element('paragraph', inlineNodes(block.children), { textFormat, textStyle: '' })
    }
    case 'heading':
      return element('heading', inlineNodes(block.children), { tag: `h${block.level}` })
    case 'quote':
      return element('quote', inlineNodes(block.children), {})
    case 'hr':
      return { type: 'horizontalrule', version: 1 }
    case 'list':
      return listNode(block, 0)
  }
}

function listNode(list: List, depth: number): NodeJson {
  let value = list.start
  const items = list.items.map((item) => {
    const node = listItemNode(item, list, value, depth)
    if (item.kind === 'item') value++
    return node
  })
  return element('list', items, {
    listType: list.listType,
    start: list.start,
    tag: list.listType === 'number' ? 'ol' : 'ul',
  })
}

function listItemNode(item: ListItem, list: List, value: number, depth: number): NodeJson {
  const children = item.kind === 'item' ? inlineNodes(item.children) : [listNode(item.list, depth + 1)]
  // ListItemNode.getChecked() answers only inside a checklist; elsewhere the key is absent from the JSON.
  const checked = list.listType === 'check' ? { checked: item.kind === 'item' && item.checked } : {}
  return element('listitem', children, { ...checked, value, indent: depth })
}

function inlineNodes(items: Inline[]): NodeJson[] {
  return items.map((item): NodeJson => {
    switch (item.kind) {
      case 'text':
        return { type: 'text', version: 1, text: item.text, format: item.format, detail: 0, mode: 'normal', style: '' }
      case 'linebreak':
        return { type: 'linebreak', version: 1 }
      case 'link': {
        const fields = { url: item.url, newTab: false, linkType: 'custom' }
        return item.auto
          ? element('autolink', inlineNodes(item.children), { fields }, 2)
          : element('link', inlineNodes(item.children), { fields }, 3)
      }
    }
  })
}

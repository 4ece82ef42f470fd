/**
 * The document model both directions meet in. Markdown is parsed into it, Lexical JSON is built from it,
 * and Lexical JSON is read back into it before export, so "the same document" means "the same model"
 * and the round trip can be checked block by block.
 *
 * It holds only what Payload's default Lexical features can show: inline content lives directly in
 * paragraphs, headings, quotes and list items (Lexical has no paragraphs inside those).
 */
import type { BreakLeaf, TextLeaf } from '@/rich-text/whitespace'

/** Text runs and line breaks are the rich text's own leaves (src/rich-text/whitespace.ts). */
export type TextRun = TextLeaf
export type LineBreak = BreakLeaf
/** `auto` marks Lexical's `autolink` node: a URL written as itself (`<https://…>`, `www.…`). */
export type Link = { kind: 'link'; url: string; auto: boolean; children: Array<TextRun | LineBreak> }
export type Inline = TextRun | LineBreak | Link

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6
export type ListType = 'bullet' | 'number' | 'check'

export type Paragraph = { kind: 'paragraph'; children: Inline[] }
export type Heading = { kind: 'heading'; level: HeadingLevel; children: Inline[] }
export type Quote = { kind: 'quote'; children: Inline[] }
export type HorizontalRule = { kind: 'hr' }
export type List = { kind: 'list'; listType: ListType; start: number; items: ListItem[] }
/** Lexical nests a list inside a list item of its own, right after the item it belongs to. */
export type ListItem = { kind: 'item'; children: Inline[]; checked: boolean } | { kind: 'nested'; list: List }

export type Block = Paragraph | Heading | Quote | HorizontalRule | List

export type Warning = { line: number | null; message: string }

/** Lexical's list transform merges a list into an adjacent list of the same type; the model does it up front. */
export function mergeAdjacentLists(blocks: Block[]): Block[] {
  const out: Block[] = []
  for (const block of blocks) {
    const last = out[out.length - 1]
    if (block.kind === 'list' && last?.kind === 'list' && last.listType === block.listType) {
      out[out.length - 1] = { ...last, items: [...last.items, ...block.items] }
    } else out.push(block)
  }
  return out
}

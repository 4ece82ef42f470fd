/**
 * How a translation memory suggestion reaches the rich-text editor it is for: the suggestion
 * sends this event on the document, the editor of that field (MemoryInsertPlugin, a feature
 * of every rich-text field) takes it and writes its answer into `result` before
 * `dispatchEvent` returns. No answer means no editor of that field is on the page.
 */
export const memoryInsertEvent = 'rota:memory-insert'

/** A block to add when the place is the one right after the translation's last block. */
export type NewBlock = { type: 'paragraph' } | { type: 'quote' } | { type: 'heading'; tag: string }

export type MemoryInsert = {
  /** The field's path in the form, which is its name for the fields translated here. */
  field: string
  /** The unit whose place the suggestion takes (`body-3`, see src/rich-text/segments.ts). */
  unit: string
  text: string
  block?: NewBlock
  result?: 'inserted' | 'no-place'
}

/** Sends the suggestion to its editor; null when no editor of that field answered. */
export function insertIntoEditor(insert: Omit<MemoryInsert, 'result'>): MemoryInsert['result'] | null {
  const detail: MemoryInsert = { ...insert }
  document.dispatchEvent(new CustomEvent(memoryInsertEvent, { detail }))
  return detail.result ?? null
}

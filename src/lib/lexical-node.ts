/** The parts of a serialized Lexical node that readers see (as stored by the admin editor). */
export type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  start?: number
  checked?: boolean
  url?: string
  fields?: { url?: string; newTab?: boolean }
  children?: LexicalNode[]
}

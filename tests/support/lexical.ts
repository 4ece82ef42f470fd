import type { Advice } from '@payload-types'

/** A minimal Lexical document of plain paragraphs, as the admin editor would save it. */
export function paragraphs(...texts: string[]): Advice['body'] {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: texts.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}

/** The text of a Lexical document, paragraphs joined by newlines. */
export function textOf(state: unknown): string {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { text?: string; children?: unknown[]; type?: string }
    if (typeof n.text === 'string') return n.text
    const inner = (n.children ?? []).map(walk).join('')
    return n.type === 'paragraph' ? `${inner}\n` : inner
  }
  return walk((state as { root?: unknown })?.root).trim()
}

import { limits } from '@/shared/limits'

export type RichTextShape = { depth: number; nodes: number }

/**
 * How deeply a Lexical value nests and how many nodes it has, counted without recursion
 * (a hostile value 100,000 levels deep must not overflow the stack of the code that
 * checks it) and stopping as soon as a bound is passed.
 */
export function measureRichText(value: unknown): RichTextShape {
  const root = (value as { root?: unknown } | null)?.root
  if (!root || typeof root !== 'object') return { depth: 0, nodes: 0 }
  const stack: Array<[unknown, number]> = [[root, 1]]
  let depth = 0
  let nodes = 0
  while (stack.length) {
    const [node, level] = stack.pop()!
    nodes++
    depth = Math.max(depth, level)
    if (depth > limits.richTextDepth || nodes > limits.richTextNodes) break
    const children = (node as { children?: unknown }).children
    if (Array.isArray(children))
      for (const child of children) if (child && typeof child === 'object') stack.push([child, level + 1])
  }
  return { depth, nodes }
}

/** What is wrong with a rich-text value's shape, in the words of `messages`, or null. */
export function richTextShapeProblem(value: unknown): 'richTextTooDeep' | 'richTextTooLarge' | null {
  const { depth, nodes } = measureRichText(value)
  if (depth > limits.richTextDepth) return 'richTextTooDeep'
  if (nodes > limits.richTextNodes) return 'richTextTooLarge'
  return null
}

import { rootOf, type RichTextNode } from '@/rich-text/node'

/**
 * One handler per node type, as mdast-util-to-markdown keeps them: each turns a node into a
 * value, asking for its children's values when it needs them. A type without a handler
 * gets `fallback` (usually: its children's values, joined).
 */
export type Handler<T, C = void> = (node: RichTextNode, children: (context?: C) => T[], context: C) => T
export type Handlers<T, C = void> = Partial<Record<string, Handler<T, C>>> & { fallback: Handler<T, C> }

/** Folds a tree with `handlers` from `node` down; `context` travels to the children unless a handler passes another. */
export function fold<T, C = void>(node: RichTextNode, handlers: Handlers<T, C>, context: C): T {
  // Own handlers only: a stored node typed "constructor" must not reach Object's prototype.
  const handler =
    (typeof node.type === 'string' && Object.hasOwn(handlers, node.type) && handlers[node.type]) || handlers.fallback
  const children = (childContext: C = context) =>
    (node.children ?? []).map((child) => fold(child, handlers, childContext))
  return handler(node, children, context)
}

/** Folds a stored value from its root; `empty` when it is not rich text. */
export function foldValue<T, C = void>(state: unknown, handlers: Handlers<T, C>, context: C, empty: T): T {
  const root = rootOf(state)
  return root ? fold(root, handlers, context) : empty
}

/** Every node of a stored value, depth first (the root included). */
export function* nodesOf(state: unknown): Generator<RichTextNode> {
  const root = rootOf(state)
  if (!root) return
  const stack: RichTextNode[] = [root]
  while (stack.length) {
    const node = stack.pop()!
    yield node
    const children = Array.isArray(node.children) ? node.children : []
    for (let i = children.length - 1; i >= 0; i--)
      if (children[i] && typeof children[i] === 'object') stack.push(children[i])
  }
}

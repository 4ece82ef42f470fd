import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState, SerializedLexicalNode } from 'lexical'
import type { ReactNode } from 'react'

import { safeHref } from '@/lib/safe-url'

type LinkFields = SerializedLinkNode['fields']

/** External links open in place (readers keep the back button); unsafe schemes lose their link. */
const converters: JSXConvertersFunction = ({ defaultConverters }) => {
  const link = ({ node, nodesToJSX }: { node: { fields: LinkFields; children: SerializedLexicalNode[] }; nodesToJSX: (args: { nodes: SerializedLexicalNode[] }) => ReactNode[] }) => {
    const { fields } = node
    const children = nodesToJSX({ nodes: node.children })
    const href = safeHref(fields.url)
    if (!href) return <span>{children}</span>
    return (
      <a href={href} rel={fields.newTab ? 'noopener noreferrer' : undefined} target={fields.newTab ? '_blank' : undefined}>
        {children}
      </a>
    )
  }
  return { ...defaultConverters, link, autolink: link }
}

export function RichText({ data, className }: { data: SerializedEditorState | null | undefined; className?: string }) {
  if (!data) return null
  return <LexicalRichText data={data as never} converters={converters} className={className ?? 'rich-text'} />
}

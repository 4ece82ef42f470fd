import { lexicalToHtml } from '@/rich-text/html'

/** Editorial rich text; the HTML is generated and escaped by lexicalToHtml, never taken from content. */
export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data) return null
  return <div className={className ?? 'rich-text'} dangerouslySetInnerHTML={{ __html: lexicalToHtml(data) }} />
}

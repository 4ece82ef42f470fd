import type { ReactNode } from 'react'

import type { InLanguage } from '@/lib/localized'
import { locales, type Locale } from '@/lib/locales'

const htmlLang = (code: Locale) => locales.find((l) => l.code === code)?.htmlLang ?? code

/**
 * Text shown in another language than the page's (a Turkish fallback on an English page)
 * carries its own `lang`, so screen readers pronounce it correctly.
 */
export function InLang({
  text,
  page,
  as: Tag = 'span',
  children,
  className,
}: {
  text: InLanguage<unknown>
  page: Locale
  as?: 'span' | 'div'
  children?: ReactNode
  className?: string
}) {
  const content = children ?? String(text.value)
  if (text.lang === page) return className ? <Tag className={className}>{content}</Tag> : <>{content}</>
  return (
    <Tag lang={htmlLang(text.lang)} className={className}>
      {content}
    </Tag>
  )
}

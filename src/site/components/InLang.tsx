import type { ReactNode } from 'react'

import type { InLanguage } from '@/site/localized'
import { langAttributes, type Locale } from '@/shared/locales'
import { uiText } from '@/site/ui-text'

/**
 * Text shown in another language than the page's (a Turkish fallback on an English page)
 * carries its own `lang`, so screen readers pronounce it correctly, and its own `dir` where
 * the two are written the other way round (Turkish on an Arabic page); with `marked`, a visible
 * "(in Turkish)" follows it, for lists where no note explains the fallback.
 */
export function InLang({
  text,
  page,
  as: Tag = 'span',
  children,
  className,
  marked = false,
}: {
  text: InLanguage<unknown>
  page: Locale
  as?: 'span' | 'div'
  children?: ReactNode
  className?: string
  marked?: boolean
}) {
  const content = children ?? String(text.value)
  if (text.lang === page) return className ? <Tag className={className}>{content}</Tag> : <>{content}</>
  const inOtherLanguage = (
    <Tag {...langAttributes(text.lang, page)} className={className}>
      {content}
    </Tag>
  )
  if (!marked) return inOtherLanguage
  return (
    <>
      {inOtherLanguage} <span className="fallback-mark">{uiText(page).fallbackMark}</span>
    </>
  )
}

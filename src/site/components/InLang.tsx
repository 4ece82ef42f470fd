import type { ReactNode } from 'react'

import type { InLanguage } from '@/site/localized'
import { locales, type Locale } from '@/shared/locales'
import { uiText } from '@/site/ui-text'

const htmlLang = (code: Locale) => locales.find((l) => l.code === code)?.htmlLang ?? code

/**
 * Text shown in another language than the page's (a Turkish fallback on an English page)
 * carries its own `lang`, so screen readers pronounce it correctly; with `marked`, a visible
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
    <Tag lang={htmlLang(text.lang)} className={className}>
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

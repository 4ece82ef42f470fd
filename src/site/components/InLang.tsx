import type { ReactNode } from 'react'

import type { InLanguage } from '@/site/localized'
import { withoutInvisibleCharacters } from '@/shared/text/invisible-characters'
import { langAttributes, type Locale } from '@/shared/locales'
import { uiText } from '@/site/ui-text'

/**
 * Text shown in another language than the page's (a Turkish fallback on an English page)
 * carries its own `lang`, so screen readers pronounce it correctly, and its own `dir` where
 * the two are written the other way round (Turkish on an Arabic page); with `marked`, a visible
 * "(in Turkish)" follows it, for lists where no note explains the fallback.
 *
 * A plain text (a title, a label, a name: no `children`) is always isolated, in `<bdi>` or with
 * `dir="auto"`: its direction comes from its own letters, so an Arabic title reads right inside
 * Turkish text, and a bidi control stored in it (before such characters were refused, see
 * src/shared/text/invisible-characters.ts) cannot reorder the text around it. Rich text (`children`)
 * is made of blocks, each its own paragraph for the bidi algorithm already. A plain text is also
 * shown without those characters: a stray U+2069 in it would end the isolation early.
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
  const plain = children === undefined
  const content = children ?? withoutInvisibleCharacters(String(text.value))
  if (text.lang === page) {
    if (plain)
      return Tag === 'span' ? (
        <bdi className={className}>{content}</bdi>
      ) : (
        <Tag dir="auto" className={className}>
          {content}
        </Tag>
      )
    return className ? <Tag className={className}>{content}</Tag> : <>{content}</>
  }
  const attributes = langAttributes(text.lang, page)
  const inOtherLanguage = (
    <Tag {...attributes} dir={attributes.dir ?? (plain ? 'auto' : undefined)} className={className}>
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

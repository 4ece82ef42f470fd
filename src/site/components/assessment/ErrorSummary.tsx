import type { ReactNode } from 'react'

import type { InLanguage } from '@/site/localized'
import { InLang } from '@/site/components/InLang'
import type { Locale } from '@/shared/locales'

type Props = {
  title: ReactNode
  text: string
  items: Array<{ href: string; label: InLanguage<string> }>
  locale: Locale
}

/**
 * What is missing, at the top of the form, each item linking to its question. Announced as
 * an alert without JavaScript; with it, focus moves here too so keyboard users start from it
 * (the assessment's script, enhance.ts).
 */
export function ErrorSummary({ title, text, items, locale }: Props) {
  return (
    <div className="error-summary" role="alert" tabIndex={-1} id="error-summary" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <p>{text}</p>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>
              <InLang text={item.label} page={locale} marked />
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

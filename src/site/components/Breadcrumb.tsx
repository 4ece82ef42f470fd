import Link from 'next/link'

import type { Locale } from '@/shared/locales'
import { uiText } from '@/site/ui-text'

export function Breadcrumb({
  locale,
  items,
}: {
  locale: Locale
  items: Array<{ href?: string; label: React.ReactNode }>
}) {
  return (
    <nav aria-label={uiText(locale).breadcrumb} className="breadcrumb">
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  )
}

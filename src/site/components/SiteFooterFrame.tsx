import Link from 'next/link'
import type { ReactNode } from 'react'

import type { Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'
import { uiText } from '@/site/ui-text'

/** The footer's links around a text; without one, the built-in footer line. Safe in client components. */
export function SiteFooterFrame({ locale, children }: { locale: Locale; children?: ReactNode }) {
  const t = uiText(locale)
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        {children ?? <p>{t.footer}</p>}
        <ul className="site-footer__links">
          <li>
            <Link href={routes.about(locale)}>{t.about}</Link>
          </li>
          <li>
            <Link href={routes.accessibility(locale)}>{t.accessibility}</Link>
          </li>
          <li>
            <Link href={routes.resources(locale)}>{t.resources}</Link>
          </li>
        </ul>
      </div>
    </footer>
  )
}

import Link from 'next/link'

import { locales, type Locale } from '@/lib/locales'
import { routes } from '@/lib/routes'
import { uiText } from '@/lib/ui-text'

type Props = {
  locale: Locale
  /** The same page in each language; languages left out link to their home page. */
  alternates?: Partial<Record<Locale, string>>
}

export function SiteHeader({ locale, alternates = {} }: Props) {
  const t = uiText(locale)
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={routes.home(locale)} className="site-brand">
          <span className="site-brand__name">{t.siteName}</span>
          <span className="site-brand__tagline">{t.siteTagline}</span>
        </Link>
        <nav aria-label={t.languageSwitch} className="language-switch">
          <ul>
            {locales.map((l) => (
              <li key={l.code}>
                <Link
                  href={alternates[l.code] ?? routes.home(l.code)}
                  hrefLang={l.htmlLang}
                  lang={l.htmlLang}
                  aria-current={l.code === locale ? 'page' : undefined}
                >
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}

import Link from 'next/link'

import { direction, locales, type Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'
import { assessmentText } from '@/site/assessment-text'
import { uiText } from '@/site/ui-text'

type Props = {
  locale: Locale
  /** The same page in each language. */
  alternates: Record<Locale, string>
  current?: 'home' | 'assessment' | 'resources' | 'search'
}

export function SiteHeader({ locale, alternates, current }: Props) {
  const t = uiText(locale)
  const nav = [
    { key: 'home', href: routes.home(locale), label: t.home },
    { key: 'assessment', href: routes.assessment(locale), label: assessmentText(locale).nav },
    { key: 'resources', href: routes.resources(locale), label: t.resources },
    { key: 'search', href: routes.search(locale), label: t.search },
  ] as const
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
                  href={alternates[l.code]}
                  hrefLang={l.htmlLang}
                  lang={l.htmlLang}
                  dir={direction(l.code)}
                  aria-current={l.code === locale ? 'page' : undefined}
                >
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <nav aria-label={t.mainNav} className="main-nav">
        <ul className="container">
          {nav.map((item) => (
            <li key={item.key}>
              <Link href={item.href} aria-current={current === item.key ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}

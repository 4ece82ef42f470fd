'use client'

import Link from 'next/link'
import { useParams } from 'next/navigation'
import { useEffect } from 'react'

import { pageInEveryLocale } from '@/site/alternates'
import { defaultLocale, isLocale } from '@/shared/locales'
import { routes } from '@/shared/routes'
import { uiText } from '@/site/ui-text'

import { SiteFooterFrame } from '@/site/components/SiteFooterFrame'
import { SiteHeader } from '@/site/components/SiteHeader'

/** The 404 page in the reader's language, which only the URL tells (Next.js gives it no params). */
export function NotFoundContent() {
  const params = useParams<{ locale?: string }>()
  const locale = isLocale(params?.locale) ? params.locale : defaultLocale
  const t = uiText(locale)
  useEffect(() => {
    document.title = `${t.notFoundTitle} · ${t.siteName}`
  }, [t])
  return (
    <>
      <SiteHeader locale={locale} alternates={pageInEveryLocale(routes.home)} />
      <main id="main" tabIndex={-1} className="container not-found">
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <form role="search" action={routes.search(locale)} method="get" className="search-form">
          <label htmlFor="q">{t.searchLabel}</label>
          <div className="search-form__row">
            <input id="q" name="q" type="search" />
            <button type="submit">{t.searchButton}</button>
          </div>
        </form>
        <p>
          <Link href={routes.home(locale)}>{t.backHome}</Link>
        </p>
      </main>
      <SiteFooterFrame locale={locale} />
    </>
  )
}

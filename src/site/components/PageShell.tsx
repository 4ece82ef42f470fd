import type { ReactNode } from 'react'

import { getSiteTexts } from '@/site/content'
import type { Locale } from '@/shared/locales'
import { uiText } from '@/site/ui-text'

import { LivePreviewRefresh } from '@/site/components/LivePreviewRefresh'
import { SiteFooter } from '@/site/components/SiteFooter'
import { SiteHeader } from '@/site/components/SiteHeader'

type Props = {
  locale: Locale
  alternates: Record<Locale, string>
  current?: 'home' | 'assessment' | 'resources' | 'search'
  preview?: boolean
  children: ReactNode
}

/** Header, main landmark and footer of every public page. */
export async function PageShell({ locale, alternates, current, preview = false, children }: Props) {
  const t = uiText(locale)
  const texts = await getSiteTexts(locale, preview)
  return (
    <>
      {preview ? (
        <div className="preview-banner" role="status">
          {t.previewBanner} {/* A full page load: the client router must not keep the preview's pages. */}
          <a href={`/preview/exit?path=${encodeURIComponent(alternates[locale])}`}>{t.previewExit}</a>
          <LivePreviewRefresh />
        </div>
      ) : null}
      <SiteHeader locale={locale} alternates={alternates} current={current} />
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
      <SiteFooter locale={locale} texts={texts} />
    </>
  )
}

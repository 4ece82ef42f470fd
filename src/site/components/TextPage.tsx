import type { Metadata } from 'next'

import { pageInEveryLocale } from '@/site/alternates'
import { getSiteTexts, type SiteTextsView } from '@/site/content'
import type { Rich } from '@/site/content-shapes'
import type { InLanguage } from '@/site/localized'
import type { Locale } from '@/shared/locales'
import { isPreview, localeOr404 } from '@/site/params'
import { routes } from '@/shared/routes'
import { pageMetadata } from '@/site/seo'
import { uiLanguages, uiText } from '@/site/ui-text'

import { FallbackNote } from '@/site/components/FallbackNote'
import { InLang } from '@/site/components/InLang'
import { PageShell } from '@/site/components/PageShell'
import { RichText } from '@/site/components/RichText'

/** An editable page of the site texts (about, accessibility statement). */
export function TextPage({
  locale,
  title,
  body,
}: {
  locale: Locale
  title: InLanguage<string> | string
  body: InLanguage<Rich> | null
}) {
  return (
    <article className="text-page">
      <h1>{typeof title === 'string' ? title : <InLang text={title} page={locale} marked />}</h1>
      {body ? (
        <>
          {body.lang !== locale ? <FallbackNote locale={locale} /> : null}
          <InLang text={body} page={locale} as="div">
            <RichText data={body.value} className="rich-text" />
          </InLang>
        </>
      ) : null}
    </article>
  )
}

type Props = { params: Promise<{ locale: string }> }

/** The route of an editable text page: its metadata and its page component. */
export function textPageRoute(kind: 'about' | 'accessibility') {
  const titleOf = (texts: SiteTextsView, locale: Locale) => texts[`${kind}Title`] ?? uiText(locale)[kind]
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const locale = localeOr404((await params).locale)
      const title = titleOf(await getSiteTexts(locale), locale)
      return pageMetadata({
        locale,
        path: routes[kind],
        title: typeof title === 'string' ? title : title.value,
        languages: uiLanguages,
      })
    },
    async Page({ params }: Props) {
      const locale = localeOr404((await params).locale)
      const preview = await isPreview()
      const texts = await getSiteTexts(locale, preview)
      return (
        <PageShell locale={locale} alternates={pageInEveryLocale(routes[kind])} preview={preview}>
          <TextPage locale={locale} title={titleOf(texts, locale)} body={texts[kind]} />
        </PageShell>
      )
    },
  }
}

import type { SerializedEditorState } from 'lexical'
import type { Metadata } from 'next'

import { pageInEveryLocale } from '@/lib/alternates'
import { getSiteTexts, type SiteTextsView } from '@/lib/content'
import type { InLanguage } from '@/lib/localized'
import { localeCodes, type Locale } from '@/lib/locales'
import { isPreview, localeOr404 } from '@/lib/params'
import { routes } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'
import { uiText } from '@/lib/ui-text'

import { FallbackNote } from './FallbackNote'
import { InLang } from './InLang'
import { PageShell } from './PageShell'
import { RichText } from './RichText'

/** An editable page of the site texts (about, accessibility statement). */
export function TextPage({ locale, title, body }: { locale: Locale; title: InLanguage<string> | string; body: InLanguage<SerializedEditorState> | null }) {
  return (
    <article className="text-page">
      <h1>{typeof title === 'string' ? title : <InLang text={title} page={locale} />}</h1>
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
      return pageMetadata({ locale, path: routes[kind], title: typeof title === 'string' ? title : title.value, languages: localeCodes })
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

import type { Metadata } from 'next'
import Link from 'next/link'

import { InLang } from '@/site/components/InLang'
import { PageShell } from '@/site/components/PageShell'
import { SampleBadge } from '@/site/components/SampleBadge'
import { RichText } from '@/site/components/RichText'
import { pageInEveryLocale } from '@/site/alternates'
import { getAreas, getSiteTexts } from '@/site/content'
import { isPreview, localeOr404 } from '@/site/params'
import { routes } from '@/shared/routes'
import { pageMetadata } from '@/site/seo'
import { uiLanguages, uiText } from '@/site/ui-text'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOr404((await params).locale)
  const t = uiText(locale)
  const texts = await getSiteTexts(locale)
  return {
    ...pageMetadata({
      locale,
      path: routes.home,
      title: `${t.siteName} · ${t.siteTagline}`,
      description: texts.description?.value ?? t.intro,
      languages: uiLanguages,
    }),
    title: { absolute: `${t.siteName} · ${t.siteTagline}` },
  }
}

export default async function HomePage({ params }: Props) {
  const locale = localeOr404((await params).locale)
  const preview = await isPreview()
  const t = uiText(locale)
  const [texts, areas] = await Promise.all([getSiteTexts(locale, preview), getAreas(locale, preview)])
  return (
    <PageShell locale={locale} alternates={pageInEveryLocale(routes.home)} current="home" preview={preview}>
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">
          {texts.introTitle ? <InLang text={texts.introTitle} page={locale} marked /> : t.introTitle}
        </h1>
        {texts.intro ? (
          <InLang text={texts.intro} page={locale} as="div">
            <RichText data={texts.intro.value} className="rich-text intro__text" />
          </InLang>
        ) : (
          <p className="intro__text">{t.intro}</p>
        )}
      </section>
      <h2>{t.questionsTitle}</h2>
      {areas.map((area) => (
        <section key={area.id ?? 'none'} className="area" aria-labelledby={`area-${area.id ?? 'none'}`}>
          <h3 id={`area-${area.id ?? 'none'}`}>
            {area.title ? <InLang text={area.title} page={locale} marked /> : t.otherArea}
          </h3>
          {area.description ? (
            <p className="area__description">
              <InLang text={area.description} page={locale} marked />
            </p>
          ) : null}
          <ol className="question-list">
            {area.questions.map((q) => (
              <li key={q.number}>
                <Link href={routes.question(locale, q.number)}>
                  <span className="question-list__number">
                    {t.question} {q.number}
                    {q.sample ? <SampleBadge locale={locale} /> : null}
                  </span>
                  <InLang text={q.text} page={locale} marked />
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </PageShell>
  )
}

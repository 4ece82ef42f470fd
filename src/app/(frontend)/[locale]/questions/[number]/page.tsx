import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { AdviceBody } from '@/site/components/AdviceBody'
import { Breadcrumb } from '@/site/components/Breadcrumb'
import { FallbackNote } from '@/site/components/FallbackNote'
import { InLang } from '@/site/components/InLang'
import { OutdatedNote } from '@/site/components/OutdatedNote'
import { PageShell } from '@/site/components/PageShell'
import { SampleBadge } from '@/site/components/SampleBadge'
import { RichText } from '@/site/components/RichText'
import { pageInEveryLocale } from '@/site/alternates'
import { getQuestion } from '@/site/content'
import { isPreview, localeOr404, numberOr404 } from '@/site/params'
import { lexicalToPlainText } from '@/rich-text/plain-text'
import { defaultLocale } from '@/shared/locales'
import { routes } from '@/shared/routes'
import { pageMetadata } from '@/site/seo'
import { uiText } from '@/site/ui-text'

type Props = { params: Promise<{ locale: string; number: string }> }

// Rendered on first visit, then cached until editors publish (the build reads no database).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: l, number: n } = await params
  const locale = localeOr404(l)
  const question = await getQuestion(locale, numberOr404(n), await isPreview())
  if (!question) return {}
  return pageMetadata({
    locale,
    path: (code) => routes.question(code, question.number),
    title: `${uiText(locale).question} ${question.number}: ${question.text.value}`,
    description: question.explanation ? lexicalToPlainText(question.explanation.value) : null,
    languages: question.languages,
    type: 'article',
  })
}

export default async function QuestionPage({ params }: Props) {
  const { locale: l, number: n } = await params
  const locale = localeOr404(l)
  const preview = await isPreview()
  const question = await getQuestion(locale, numberOr404(n), preview)
  if (!question) notFound()
  const t = uiText(locale)
  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale((code) => routes.question(code, question.number))}
      preview={preview}
    >
      <Breadcrumb
        locale={locale}
        items={[
          { href: routes.home(locale), label: t.home },
          ...(question.area ? [{ label: <InLang text={question.area.title} page={locale} marked /> }] : []),
        ]}
      />
      <article className="question">
        <header className="question__header">
          <p className="kicker">
            {t.question} {question.number} {question.sample ? <SampleBadge locale={locale} /> : null}
          </p>
          <h1>
            <InLang text={question.text} page={locale} />
          </h1>
          {question.text.lang !== locale ? <FallbackNote locale={locale} /> : null}
          {question.turkishUpdatedAt ? (
            <OutdatedNote
              locale={locale}
              since={question.turkishUpdatedAt}
              turkishHref={routes.question(defaultLocale, question.number)}
            />
          ) : null}
          {question.explanation ? (
            <InLang text={question.explanation} page={locale} as="div">
              <RichText data={question.explanation.value} className="rich-text question__explanation" />
            </InLang>
          ) : null}
        </header>
        <h2 className="section-title">{t.choices}</h2>
        {question.choices.map((choice) => (
          <section
            key={choice.id}
            id={`choice-${choice.number}`}
            className="choice"
            aria-labelledby={`choice-${choice.number}-title`}
          >
            <h3 id={`choice-${choice.number}-title`} className="choice__title">
              <span className="choice__number" aria-hidden="true">
                {choice.number}
              </span>
              <span className="visually-hidden">
                {t.choice} {choice.number}:{' '}
              </span>
              <InLang text={choice.label} page={locale} marked />
            </h3>
            {choice.advice ? (
              <>
                <AdviceBody
                  advice={choice.advice}
                  locale={locale}
                  turkishHref={`${routes.question(defaultLocale, question.number)}#choice-${choice.number}`}
                />
                <p className="choice__more">
                  <Link href={routes.advice(locale, question.number, choice.number)}>{t.adviceLink}</Link>
                </p>
              </>
            ) : (
              <p className="advice--missing">{t.noAdvice}</p>
            )}
          </section>
        ))}
      </article>
    </PageShell>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/RichText'
import { SiteHeader } from '@/components/SiteHeader'
import { pageInEveryLocale } from '@/lib/alternates'
import { getQuestionPage } from '@/lib/content'
import { isLocale } from '@/lib/locales'
import { routes } from '@/lib/routes'
import { uiText } from '@/lib/ui-text'

type Props = { params: Promise<{ locale: string; number: string }> }

export function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const { locale, number } = await params
  if (!isLocale(locale) || !/^[1-9]\d{0,5}$/.test(number)) return null
  const page = await getQuestionPage(locale, Number(number))
  return page ? { locale, page } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return {}
  const { locale, page } = loaded
  return { title: `${uiText(locale).question} ${page.question.number}: ${page.question.text}` }
}

export default async function QuestionPage({ params }: Props) {
  const loaded = await load(params)
  if (!loaded) notFound()
  const { locale, page } = loaded
  const { question, choices } = page
  const t = uiText(locale)
  return (
    <>
      <SiteHeader locale={locale} alternates={pageInEveryLocale((l) => routes.question(l, question.number))} />
      <main id="main" tabIndex={-1} className="container">
        <nav aria-label="breadcrumb" className="breadcrumb">
          <Link href={routes.home(locale)}>{t.home}</Link>
          {question.area && typeof question.area === 'object' ? <span> / {question.area.title}</span> : null}
        </nav>
        <article className="question">
          <header>
            <p className="question__number">
              {t.question} {question.number}
            </p>
            <h1>{question.text}</h1>
            <RichText data={question.explanation} className="rich-text question__explanation" />
          </header>
          <h2 className="visually-hidden">{t.choices}</h2>
          {choices.map((choice) => (
            <section key={choice.id} id={`choice-${choice.number}`} className="choice" aria-labelledby={`choice-${choice.number}-title`}>
              <h3 id={`choice-${choice.number}-title`} className="choice__title">
                <span className="choice__number">{choice.number}</span> {choice.label}
              </h3>
              {choice.adviceDoc ? (
                <RichText data={choice.adviceDoc.body} className="rich-text advice" />
              ) : (
                <p className="advice advice--missing">{t.noAdvice}</p>
              )}
            </section>
          ))}
        </article>
      </main>
    </>
  )
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { AdviceBody } from '@/site/components/AdviceBody'
import { Breadcrumb } from '@/site/components/Breadcrumb'
import { InLang } from '@/site/components/InLang'
import { PageShell } from '@/site/components/PageShell'
import { SampleBadge } from '@/site/components/SampleBadge'
import { ResourceList } from '@/site/components/ResourceList'
import { pageInEveryLocale } from '@/site/alternates'
import { getQuestion } from '@/site/content'
import { defaultLocale, type Locale } from '@/shared/locales'
import { isPreview, localeOr404, numberOr404 } from '@/site/params'
import { lexicalToPlainText } from '@/rich-text/plain-text'
import { routes } from '@/shared/routes'
import { pageMetadata } from '@/site/seo'
import { dateText, uiText } from '@/site/ui-text'

type Props = { params: Promise<{ locale: string; number: string; choice: string }> }

export function generateStaticParams() {
  return []
}

async function load(params: Props['params'], preview: boolean) {
  const { locale: l, number: n, choice: c } = await params
  const locale = localeOr404(l)
  const question = await getQuestion(locale, numberOr404(n), preview)
  const choiceNumber = numberOr404(c)
  const choice = question?.choices.find((x) => x.number === choiceNumber)
  if (!question || !choice?.advice) return null
  return { locale, question, choice, advice: choice.advice }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params, await isPreview())
  if (!loaded) return {}
  const { locale, question, choice, advice } = loaded
  return pageMetadata({
    locale,
    path: (code: Locale) => routes.advice(code, question.number, choice.number),
    title: `${choice.label.value} · ${uiText(locale).question} ${question.number}`,
    description: lexicalToPlainText(advice.body.value),
    languages: advice.languages,
    type: 'article',
  })
}

export default async function AdvicePage({ params }: Props) {
  const preview = await isPreview()
  const loaded = await load(params, preview)
  if (!loaded) notFound()
  const { locale, question, choice, advice } = loaded
  const t = uiText(locale)
  const others = question.choices.filter((c) => c.number !== choice.number)
  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale((code) => routes.advice(code, question.number, choice.number))}
      preview={preview}
    >
      <Breadcrumb
        locale={locale}
        items={[
          { href: routes.home(locale), label: t.home },
          { href: routes.question(locale, question.number), label: `${t.question} ${question.number}` },
          { label: `${t.choice} ${choice.number}` },
        ]}
      />
      <article className="advice-page">
        <header>
          <p className="kicker">
            {t.question} {question.number}: <InLang text={question.text} page={locale} marked />{' '}
            {question.sample ? <SampleBadge locale={locale} /> : null}
          </p>
          <h1>
            <InLang text={choice.label} page={locale} marked />
          </h1>
          <p className="meta">
            {t.lastUpdated}: <time dateTime={advice.updatedAt}>{dateText(locale, advice.updatedAt)}</time>
          </p>
        </header>
        <AdviceBody
          advice={advice}
          locale={locale}
          turkishHref={routes.advice(defaultLocale, question.number, choice.number)}
        />
        {advice.resources.length ? (
          <section aria-labelledby="resources-title" className="advice-resources">
            <h2 id="resources-title">{t.resources}</h2>
            <ResourceList locale={locale} resources={advice.resources} />
          </section>
        ) : null}
      </article>
      <nav aria-labelledby="other-choices" className="other-choices">
        <h2 id="other-choices">{t.otherChoices}</h2>
        <ul>
          {others.map((c) => (
            <li key={c.id}>
              <Link
                href={
                  c.advice
                    ? routes.advice(locale, question.number, c.number)
                    : `${routes.question(locale, question.number)}#choice-${c.number}`
                }
              >
                <span className="choice__number" aria-hidden="true">
                  {c.number}
                </span>{' '}
                <InLang text={c.label} page={locale} marked />
              </Link>
            </li>
          ))}
        </ul>
        <p>
          <Link href={routes.question(locale, question.number)}>{t.backToQuestion}</Link>
        </p>
      </nav>
    </PageShell>
  )
}

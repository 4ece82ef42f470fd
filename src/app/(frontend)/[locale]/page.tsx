import Link from 'next/link'
import { notFound } from 'next/navigation'

import { SiteHeader } from '@/components/SiteHeader'
import { pageInEveryLocale } from '@/lib/alternates'
import { getAreasWithQuestions } from '@/lib/content'
import { isLocale } from '@/lib/locales'
import { routes } from '@/lib/routes'
import { uiText } from '@/lib/ui-text'

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = uiText(locale)
  const sections = await getAreasWithQuestions(locale)
  return (
    <>
      <SiteHeader locale={locale} alternates={pageInEveryLocale(routes.home)} />
      <main id="main" tabIndex={-1} className="container">
        <section className="intro">
          <h1>{t.introTitle}</h1>
          <p>{t.intro}</p>
        </section>
        <h2>{t.questionsTitle}</h2>
        {sections.map(({ area, questions }) => (
          <section key={area?.id ?? 'none'} className="area">
            <h3>{area?.title ?? t.otherArea}</h3>
            {area?.description ? <p className="area__description">{area.description}</p> : null}
            <ol className="question-list">
              {questions.map((q) => (
                <li key={q.id} value={q.number}>
                  <Link href={routes.question(locale, q.number)}>{q.text}</Link>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </main>
    </>
  )
}

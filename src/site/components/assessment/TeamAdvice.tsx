import { assessmentText } from '@/site/assessment-text'
import { FallbackNote } from '@/site/components/FallbackNote'
import { InLang } from '@/site/components/InLang'
import { ResourceList } from '@/site/components/ResourceList'
import { RichText } from '@/site/components/RichText'
import type { QuestionResult } from '@/site/team/results'
import type { Locale } from '@/shared/locales'

/** The team results' advice: per question, the advice of every answer a member gave, each folded. */
export function TeamAdvice({ questions, locale }: { questions: QuestionResult[]; locale: Locale }) {
  const t = assessmentText(locale)
  return (
    <section className="report-area" aria-labelledby="team-advice">
      <h2 id="team-advice">{t.team.adviceTitle}</h2>
      {questions.map((result) => {
        const advised = result.counts.filter((c) => c.count > 0 && c.choice.advice)
        if (!advised.length) return null
        // One fold per question, its answers' advice inside: on a phone a line per question.
        return (
          <details key={result.question.number} className="team-advice">
            <summary>
              <InLang text={result.question.text} page={locale} marked />{' '}
              <span className="team-advice__count">({t.team.adviceCount(advised.length)})</span>
            </summary>
            {advised.map(({ choice }) => (
              <section key={choice.number} className="team-advice__choice">
                <h3>
                  <InLang text={choice.label} page={locale} marked />
                </h3>
                {choice.advice!.body.lang !== locale ? <FallbackNote locale={locale} /> : null}
                <InLang text={choice.advice!.body} page={locale} as="div">
                  <RichText data={choice.advice!.body.value} className="rich-text advice" />
                </InLang>
                {choice.advice!.resources.length ? (
                  <ResourceList locale={locale} resources={choice.advice!.resources} />
                ) : null}
              </section>
            ))}
          </details>
        )
      })}
    </section>
  )
}

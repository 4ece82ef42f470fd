import type { GuidanceChange } from '@/site/guidance-change'
import type { PlanItem } from '@/site/answers'
import type { AssessmentChoice, AssessmentQuestion } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { WordDiff } from '@/site/components/assessment/WordDiff'
import { AdviceBody } from '@/site/components/AdviceBody'
import { InLang } from '@/site/components/InLang'
import { SentenceWith } from '@/shared/text/user-text'
import { ResourceList } from '@/site/components/ResourceList'
import { SampleBadge } from '@/site/components/SampleBadge'
import { dateText } from '@/site/ui-text'
import { defaultLocale, type Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Props = {
  question: AssessmentQuestion
  choice: AssessmentChoice
  /** The answer of an earlier report it is compared with: a choice, null (not answered) or undefined (no comparison). */
  earlier: AssessmentChoice | 'unsure' | null | undefined
  plan: PlanItem | undefined
  change: GuidanceChange | null
  locale: Locale
}

/** One answered question of the report: the answer, its advice and resources, and its line of the action plan. */
export function ReportQuestion({ question, choice, earlier, plan, change, locale }: Props) {
  const t = assessmentText(locale)
  const n = question.number
  const earlierLabel =
    earlier === undefined ? null : earlier === null ? (
      t.earlierNone
    ) : earlier === 'unsure' ? (
      t.dontKnow
    ) : (
      <InLang text={earlier.label} page={locale} marked />
    )
  return (
    <article className="report-question" id={`report-q${n}`}>
      <h3>
        <InLang text={question.text} page={locale} marked />
      </h3>
      {question.sample ? <SampleBadge locale={locale} /> : null}
      <p className="report-question__answer">
        <strong>{t.yourAnswer}:</strong> <InLang text={choice.label} page={locale} marked />
        {choice.level ? (
          <>
            {' '}
            <span className="report-question__level">
              (<SentenceWith sentence={t.levelOfAnswer} text={String(choice.level.title.value)} />)
            </span>
          </>
        ) : null}
      </p>
      {earlierLabel !== null && (earlier === null || earlier === 'unsure' || earlier?.number !== choice.number) ? (
        <p className="report-question__earlier">
          {t.earlierAnswer}: {earlierLabel}
        </p>
      ) : null}
      {choice.advice ? (
        <>
          {change ? (
            <div className="advice-updated">
              <p>{t.updatedOn(dateText(locale, change.changedOn))}</p>
              <details>
                <summary>{t.whatChanged}</summary>
                <WordDiff before={change.before} after={change.after} />
              </details>
            </div>
          ) : null}
          <AdviceBody
            advice={choice.advice}
            locale={locale}
            turkishHref={routes.advice(defaultLocale, n, choice.number)}
          />
          {choice.advice.resources.length ? <ResourceList locale={locale} resources={choice.advice.resources} /> : null}
          <fieldset className="plan-controls">
            <legend>{t.planLegend}</legend>
            <div className="choice-option">
              <input type="checkbox" id={`p${n}`} name={`p${n}`} value="1" defaultChecked={Boolean(plan)} />
              <label htmlFor={`p${n}`}>{t.planPick}</label>
            </div>
            <div className="plan-controls__fields">
              <label>
                {t.planOwner}
                <input type="text" name={`o${n}`} maxLength={80} defaultValue={plan?.owner ?? ''} autoComplete="off" />
              </label>
              <label>
                {t.planTarget}
                <input type="date" name={`t${n}`} defaultValue={plan?.target ?? ''} />
              </label>
            </div>
          </fieldset>
        </>
      ) : (
        <p>{t.noAdviceYet}</p>
      )}
    </article>
  )
}

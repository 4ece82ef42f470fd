import type { Plan } from '@/site/answers'
import type { Assessment } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import type { ResourceView } from '@/site/content-shapes'
import { UserText } from '@/shared/text/user-text'
import { InLang } from '@/site/components/InLang'
import { ResourceList } from '@/site/components/ResourceList'
import { dateText } from '@/site/ui-text'
import type { Locale } from '@/shared/locales'

type Props = {
  plan: Plan
  answers: Map<number, number>
  assessment: Assessment
  resources: ResourceView[]
  locale: Locale
}

/** The report's last part: the advice picked to act on first, with who and by when, and every resource once. */
export function ActionPlan({ plan, answers, assessment, resources, locale }: Props) {
  const t = assessmentText(locale)
  return (
    <section className="report-area action-plan" aria-labelledby="action-plan">
      <h2 id="action-plan">{t.planTitle}</h2>
      {plan.size === 0 ? (
        <p>{t.planEmpty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.planQuestion}</th>
              <th scope="col">{t.planOwner}</th>
              <th scope="col">{t.planTarget}</th>
            </tr>
          </thead>
          <tbody>
            {[...plan].map(([number, item]) => {
              const question = assessment.questions.get(number)!
              const choice = question.choices.find((c) => c.number === answers.get(number))
              return (
                <tr key={number}>
                  <td>
                    <a href={`#report-q${number}`}>
                      <InLang text={question.text} page={locale} marked />
                    </a>
                    {choice ? (
                      <>
                        <br />
                        <InLang text={choice.label} page={locale} marked />
                      </>
                    ) : null}
                  </td>
                  <td>{item.owner ? <UserText text={item.owner} /> : t.planNobody}</td>
                  <td>{item.target ? dateText(locale, item.target) : t.planNobody}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {/* Without JavaScript the plan reaches the address when the form is sent; with it the
          address follows every change (enhance.ts), and the note says so. */}
      <p className="plan-controls" data-plan-note>
        {t.planHint}
      </p>
      <p className="plan-controls">
        <button type="submit">{t.planUpdate}</button>
      </p>
      {resources.length ? (
        <>
          <h3>{t.reportResources}</h3>
          <ResourceList locale={locale} resources={resources} />
        </>
      ) : null}
    </section>
  )
}

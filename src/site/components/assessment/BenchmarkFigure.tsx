import type { AssessmentChoice } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { InLang } from '@/site/components/InLang'
import type { QuestionFigure } from '@/site/insights/benchmark'
import type { Locale } from '@/shared/locales'

const percent = (share: number) => Math.round(share * 100)

/**
 * "Bu soruyu cevaplayan N örgütün %x'i sizinle aynı cevabı verdi" and how the others' answers
 * spread, as a table (what screen readers and the printed page read) with a bar per row.
 */
export function BenchmarkFigure({
  figure,
  chosen,
  questionNumber,
  locale,
}: {
  figure: QuestionFigure
  chosen: AssessmentChoice | undefined
  questionNumber: number
  locale: Locale
}) {
  const t = assessmentText(locale).insights
  const same = figure.choices.find((c) => c.choice === chosen)
  const id = `bench-q${questionNumber}`
  return (
    <div className="benchmark">
      {same ? <p className="benchmark__same">{t.same(figure.n, percent(same.share))}</p> : null}
      <table className="benchmark__table" aria-describedby={id}>
        <caption id={id}>{t.distribution}</caption>
        <thead>
          <tr>
            <th scope="col">{t.choiceColumn}</th>
            <th scope="col">{t.organisationsColumn}</th>
            <th scope="col">{t.shareColumn}</th>
          </tr>
        </thead>
        <tbody>
          {figure.choices.map(({ choice, count, share }) => (
            <tr key={choice.id} className={choice === chosen ? 'benchmark__mine' : undefined}>
              <th scope="row">
                <InLang text={choice.label} page={locale} marked />
              </th>
              <td>{count}</td>
              <td>
                <span
                  className="benchmark__bar"
                  style={{ width: `${Math.max(percent(share), 1)}%` }}
                  aria-hidden="true"
                />
                %{percent(share)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import { dontKnow } from '@/site/answers'
import type { AssessmentQuestion } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { InLang } from '@/site/components/InLang'
import { SampleBadge } from '@/site/components/SampleBadge'
import type { Locale } from '@/shared/locales'

type Props = { question: AssessmentQuestion; answer: number | undefined; invalid: boolean; locale: Locale }

/** A question as a group of radio buttons: `name="q{question}" value="{choice}"`, and "I don't know" (0). */
export function QuestionFieldset({ question, answer, invalid, locale }: Props) {
  const t = assessmentText(locale)
  const name = `q${question.number}`
  const options = [
    ...question.choices.map((c) => ({ value: c.number, label: <InLang text={c.label} page={locale} marked /> })),
    { value: dontKnow, label: <>{t.dontKnow}</> },
  ]
  return (
    <fieldset id={name} className={`question-fieldset${invalid ? ' question-fieldset--invalid' : ''}`}>
      <legend>
        <InLang text={question.text} page={locale} marked />
      </legend>
      {question.sample ? <SampleBadge locale={locale} /> : null}
      {invalid ? <p className="question-fieldset__error">{t.notAnswered}</p> : null}
      {options.map((option) => (
        <div key={option.value} className={`choice-option${option.value === dontKnow ? ' choice-option--unsure' : ''}`}>
          <input
            type="radio"
            id={`${name}-${option.value}`}
            name={name}
            value={option.value}
            defaultChecked={answer === option.value}
          />
          <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  )
}

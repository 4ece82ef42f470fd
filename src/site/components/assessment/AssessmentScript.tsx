import { assessmentText } from '@/site/assessment-text'
import { enhanceAssessment } from '@/site/components/assessment/enhance'
import type { Locale } from '@/shared/locales'

/**
 * The assessment's own script (enhance.ts), inline at the end of its pages: nothing to fetch
 * before it runs, and no framework. `keepAnswers` where the page holds answers (an area, the report).
 */
export function AssessmentScript({ locale, keepAnswers = false }: { locale: Locale; keepAnswers?: boolean }) {
  const t = assessmentText(locale)
  const texts = {
    resume: t.resume,
    resumeNote: t.resumeNote,
    clear: t.clear,
    cleared: t.cleared,
    copied: t.copied,
    planLive: t.planHintLive,
  }
  // `<` escaped: a text can never close the script element.
  const args = JSON.stringify([texts, { keepAnswers }]).slice(1, -1).replace(/</g, '\\u003c')
  return <script dangerouslySetInnerHTML={{ __html: `(${enhanceAssessment.toString()})(${args})` }} />
}

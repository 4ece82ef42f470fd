import type { Locale } from '@/shared/locales'
import { uiText } from '@/site/ui-text'

/** Marks a sample question (written to show how ROTA works) wherever it is shown. */
export function SampleBadge({ locale }: { locale: Locale }) {
  const t = uiText(locale)
  return (
    <span className="sample-badge" title={t.sampleQuestionHint}>
      {t.sampleQuestion}
    </span>
  )
}

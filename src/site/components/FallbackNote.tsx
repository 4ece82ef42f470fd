import type { Locale } from '@/shared/locales'
import { uiText } from '@/site/ui-text'

/** Says visibly that a text is shown in Turkish because it has no translation yet. */
export function FallbackNote({ locale }: { locale: Locale }) {
  return <p className="fallback-note">{uiText(locale).fallbackNote}</p>
}

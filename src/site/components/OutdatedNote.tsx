import { dateText, uiText } from '@/site/ui-text'
import { defaultLocale, htmlLang, type Locale } from '@/shared/locales'

/**
 * Says visibly that a translation was made before its Turkish original last changed, with
 * the way to the Turkish text, so a reader knows the Turkish may say more.
 */
export function OutdatedNote({ locale, since, turkishHref }: { locale: Locale; since: string; turkishHref: string }) {
  const t = uiText(locale)
  return (
    <p className="fallback-note outdated-note">
      {t.outdatedNote(dateText(locale, since))}{' '}
      <a href={turkishHref} hrefLang={htmlLang(defaultLocale)}>
        {t.readTurkish}
      </a>
    </p>
  )
}

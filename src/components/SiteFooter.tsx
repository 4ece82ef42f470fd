import type { Locale } from '@/lib/locales'
import { uiText } from '@/lib/ui-text'

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = uiText(locale)
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t.footer}</p>
      </div>
    </footer>
  )
}

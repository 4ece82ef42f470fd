import Link from 'next/link'

import type { SiteTextsView } from '@/lib/content'
import type { Locale } from '@/lib/locales'
import { routes } from '@/lib/routes'
import { uiText } from '@/lib/ui-text'

import { InLang } from './InLang'
import { RichText } from './RichText'

export function SiteFooter({ locale, texts }: { locale: Locale; texts: SiteTextsView }) {
  const t = uiText(locale)
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        {texts.footer ? (
          <InLang text={texts.footer} page={locale} as="div">
            <RichText data={texts.footer.value} className="rich-text site-footer__text" />
          </InLang>
        ) : (
          <p>{t.footer}</p>
        )}
        <ul className="site-footer__links">
          <li>
            <Link href={routes.about(locale)}>{t.about}</Link>
          </li>
          <li>
            <Link href={routes.accessibility(locale)}>{t.accessibility}</Link>
          </li>
          <li>
            <Link href={routes.resources(locale)}>{t.resources}</Link>
          </li>
        </ul>
      </div>
    </footer>
  )
}

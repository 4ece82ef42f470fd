import type { SiteTextsView } from '@/lib/content'
import type { Locale } from '@/lib/locales'

import { InLang } from './InLang'
import { RichText } from './RichText'
import { SiteFooterFrame } from './SiteFooterFrame'

/** The footer with the editors' footer text (site texts). */
export function SiteFooter({ locale, texts }: { locale: Locale; texts: SiteTextsView }) {
  return (
    <SiteFooterFrame locale={locale}>
      {texts.footer ? (
        <InLang text={texts.footer} page={locale} as="div">
          <RichText data={texts.footer.value} className="rich-text site-footer__text" />
        </InLang>
      ) : null}
    </SiteFooterFrame>
  )
}

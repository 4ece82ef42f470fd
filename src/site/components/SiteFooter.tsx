import type { SiteTextsView } from '@/site/content'
import type { Locale } from '@/shared/locales'

import { InLang } from '@/site/components/InLang'
import { RichText } from '@/site/components/RichText'
import { SiteFooterFrame } from '@/site/components/SiteFooterFrame'

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

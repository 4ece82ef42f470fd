import type { AdviceView } from '@/site/content'
import type { Locale } from '@/shared/locales'

import { FallbackNote } from '@/site/components/FallbackNote'
import { InLang } from '@/site/components/InLang'
import { RichText } from '@/site/components/RichText'

/** The advice text, marked and explained when it is the Turkish original on another language's page. */
export function AdviceBody({ advice, locale }: { advice: AdviceView; locale: Locale }) {
  return (
    <>
      {advice.body.lang !== locale ? <FallbackNote locale={locale} /> : null}
      <InLang text={advice.body} page={locale} as="div">
        <RichText data={advice.body.value} className="rich-text advice" />
      </InLang>
    </>
  )
}

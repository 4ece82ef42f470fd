import type { AdviceView } from '@/lib/content'
import type { Locale } from '@/lib/locales'

import { FallbackNote } from './FallbackNote'
import { InLang } from './InLang'
import { RichText } from './RichText'

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

import type { AdviceView } from '@/site/content-shapes'
import type { Locale } from '@/shared/locales'

import { FallbackNote } from '@/site/components/FallbackNote'
import { InLang } from '@/site/components/InLang'
import { OutdatedNote } from '@/site/components/OutdatedNote'
import { RichText } from '@/site/components/RichText'

/**
 * The advice text, marked and explained when it is the Turkish original on another language's
 * page, or a translation older than the Turkish (`turkishHref` leads to the Turkish page).
 */
export function AdviceBody({
  advice,
  locale,
  turkishHref,
}: {
  advice: Pick<AdviceView, 'body' | 'turkishUpdatedAt'>
  locale: Locale
  turkishHref: string
}) {
  return (
    <>
      {advice.body.lang !== locale ? <FallbackNote locale={locale} /> : null}
      {advice.turkishUpdatedAt ? (
        <OutdatedNote locale={locale} since={advice.turkishUpdatedAt} turkishHref={turkishHref} />
      ) : null}
      <InLang text={advice.body} page={locale} as="div">
        <RichText data={advice.body.value} className="rich-text advice" />
      </InLang>
    </>
  )
}

import { withoutInvisibleCharacters } from '@/shared/text/invisible-characters'

/**
 * A title or name a person wrote, where it is not an `InLanguage` value (a team's or member's
 * name, a publisher, a search result's title, an author in the admin's panels): isolated with
 * its own direction (`<bdi>`: an Arabic title reads right inside a Turkish line) and shown
 * without the bidi controls and invisible characters a value stored before they were refused
 * may hold. Stripped as well as isolated: a stray U+2069 in it would end the isolation early.
 * For the site and the CMS alike; a form's field still shows the value as stored.
 */
export function UserText({ text }: { text: string }) {
  return <bdi>{withoutInvisibleCharacters(text)}</bdi>
}

const slot = '\u0000'

/**
 * A sentence of the interface's texts with a person's text in it ("“{words}” için 3 sonuç",
 * "Düzey: {level}", "{who} gönderdi, 3 Mayıs"): the sentence as written, the text as `UserText`.
 */
export function SentenceWith({ sentence, text }: { sentence: (value: string) => string; text: string }) {
  const [before, after = ''] = sentence(slot).split(slot)
  return (
    <>
      {before}
      <UserText text={text} />
      {after}
    </>
  )
}

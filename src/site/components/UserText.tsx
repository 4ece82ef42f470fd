import { withoutInvisibleCharacters } from '@/shared/invisible-characters'

/**
 * A name or title that is not an `InLanguage` value (a team's or a member's name, a publisher, a
 * search result's title): isolated with its own direction (`<bdi>`), and shown without the bidi
 * controls and invisible characters a value stored before they were refused may hold. Stripped
 * as well as isolated: a stray U+2069 in the text would end the isolation early.
 */
export function UserText({ text }: { text: string }) {
  return <bdi>{withoutInvisibleCharacters(text)}</bdi>
}

/** The same for text inside a sentence that has no markup of its own (a search's words): FSI … PDI. */
export const isolatedText = (text: string) => `\u2068${withoutInvisibleCharacters(text)}\u2069`

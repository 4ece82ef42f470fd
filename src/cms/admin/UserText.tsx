import { withoutInvisibleCharacters } from '@/shared/invisible-characters'

/**
 * A title or a person's name in our own admin lists and panels: isolated with its own
 * direction (`<bdi>`, so an Arabic title reads right in a Turkish line) and without the bidi
 * controls and invisible characters a value stored before they were refused may hold (a
 * stray U+2069 would end the isolation early). The form's field still shows the value as
 * stored, where an editor corrects it.
 */
export function UserText({ text }: { text: string }) {
  return <bdi>{withoutInvisibleCharacters(text)}</bdi>
}

/** The same inside a sentence that has no markup of its own ("sent by X, 3 May"): FSI … PDI. */
export const isolatedText = (text: string) => `\u2068${withoutInvisibleCharacters(text)}\u2069`

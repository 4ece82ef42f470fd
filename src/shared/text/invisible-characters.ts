/**
 * Characters refused in titles, names and labels (question texts, choice labels, area,
 * resource and level titles, publishers, people's and teams' names, site-text titles, the
 * import's `title` and `area`, link texts that become resource titles): one rule for the
 * collections, the import and the team forms.
 *
 * A title is shown inside other text (a page title, a search result, a list, a breadcrumb),
 * so what cannot be seen must not steer what is around it or make two titles look alike:
 * - the bidi controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, the
 *   marks U+200E, U+200F, U+061C). The site and the admin show every title isolated with its
 *   direction taken from its own letters (`<bdi>`, `dir="auto"`), so an Arabic title reads right
 *   without any of them; a mark would only flip that detection (an RLM before a Latin title);
 * - the invisible format characters (Unicode's Default_Ignorable_Code_Point and the other Cf:
 *   zero-width space U+200B, word joiner U+2060, invisible operators U+2061–U+2064, U+FEFF,
 *   soft hyphen, Hangul fillers, tags …), the control characters other than tab, line feed and
 *   carriage return (whitespace keeps the rules each form already had), the line and paragraph
 *   separators, lone surrogates and noncharacters.
 *
 * Kept on purpose, because scripts the site serves need them where they have an effect:
 * - ZWNJ (U+200C) between two letters: Persian and other Arabic-script texts write it inside
 *   words ("می‌خواهم") to stop two letters joining; elsewhere it does nothing and is refused;
 * - ZWJ (U+200D) between letters (Arabic and Indic joining) or inside an emoji sequence
 *   (👩‍💻); refused elsewhere;
 * - variation selectors right after a visible character (❤️, Mongolian letter forms);
 * - the visible Arabic-script number signs (U+0600–U+0605, U+06DD, U+070F, U+0890–U+0891,
 *   U+08E2) and their Kaithi counterparts, which are format characters that draw a sign.
 */

export type InvisibleCharacter = {
  /** As Unicode names it: "U+202E". */
  code: string
  /** Where it is, counted in characters from 1, as an editor would count. */
  position: number
  kind: 'direction' | 'invisible' | 'control' | 'invalid'
}

const candidate =
  /[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u
const visibleFormat = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}]/u
const letter = /[\p{L}\p{M}]/u
const joinsEmojiAfter = /[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}]/u
const joinsEmojiBefore = /[\p{L}\p{M}\p{Extended_Pictographic}]/u
const variationSelector = /\p{Variation_Selector}/u
const visibleBase = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u

const test = (pattern: RegExp, char: string | undefined) => char !== undefined && pattern.test(char)

/** Whether the character at `i` of `chars` (code points) is refused, given its neighbours. */
function refusedAt(chars: string[], i: number): boolean {
  const char = chars[i]
  if (!candidate.test(char) || visibleFormat.test(char)) return false
  const before = chars[i - 1]
  const after = chars[i + 1]
  if (char === '\u200c') return !(test(letter, before) && test(letter, after))
  if (char === '\u200d') return !(test(joinsEmojiAfter, before) && test(joinsEmojiBefore, after))
  if (variationSelector.test(char)) return !test(visibleBase, before)
  return true
}

function kindOf(char: string): InvisibleCharacter['kind'] {
  if (/\p{Bidi_Control}/u.test(char)) return 'direction'
  if (/[\p{Cs}\p{Noncharacter_Code_Point}]/u.test(char)) return 'invalid'
  if (/[\p{Cc}\p{Zl}\p{Zp}]/u.test(char)) return 'control'
  return 'invisible'
}

const codeOf = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** The first character of `text` a title may not hold, or null when there is none. */
export function firstInvisibleCharacter(text: string): InvisibleCharacter | null {
  // Cheap for the usual title: nothing to look at more closely.
  if (!candidate.test(text)) return null
  const chars = Array.from(text)
  for (let i = 0; i < chars.length; i++) {
    if (refusedAt(chars, i)) return { code: codeOf(chars[i]), position: i + 1, kind: kindOf(chars[i]) }
  }
  return null
}

/**
 * `text` without the characters a title may not hold: for what has no markup to isolate it
 * (a page's `<title>`, a meta description, a CSV cell) when it comes from data stored before
 * the rule (or written around it).
 */
export function withoutInvisibleCharacters(text: string): string {
  if (!candidate.test(text)) return text
  const chars = Array.from(text)
  return chars.filter((_, i) => !refusedAt(chars, i)).join('')
}

const kindText = {
  tr: {
    direction: 'yazı yönünü değiştiren görünmez bir denetim karakteri',
    invisible: 'görünmez bir biçim karakteri',
    control: 'bir denetim karakteri',
    invalid: 'geçersiz bir karakter',
  },
  en: {
    direction: 'an invisible control that changes the writing direction',
    invisible: 'an invisible formatting character',
    control: 'a control character',
    invalid: 'an invalid character',
  },
} as const

/** What to tell a person whose `field` holds `found`, in Turkish or English; names the field and the place. */
export function invisibleCharacterMessage(field: string, found: InvisibleCharacter, language: 'tr' | 'en'): string {
  return language === 'en'
    ? `“${field}” holds a character that cannot be used: ${found.code} (${kindText.en[found.kind]}), character ${found.position}. Delete it or type the text again; the site sets the direction of right-to-left text such as Arabic itself, no direction mark is needed.`
    : `“${field}” alanında kullanılamayan bir karakter var: ${found.code} (${kindText.tr[found.kind]}), ${found.position}. karakter. Bu karakteri silin ya da metni yeniden yazın; Arapça gibi sağdan sola yazılan metinlerin yönünü site kendisi ayarlar, yön işareti gerekmez.`
}

/**
 * The @mentions of a comment's text, as CommentForm writes and checks them. An "@" counts only
 * at the start of the text or after a space, so e-mail addresses and links are not mentions.
 * The server stores a comment's mentions as the ids of people of the content team
 * (src/cms/comments/rules.ts, at most `limits.comments.mentions`) and never reads the text, so
 * an "@word" nobody was picked for would go out mentioning no one: the form holds it back.
 */
export type Person = { id: string; name: string }

/** The letters after an "@" the caret stands behind, while a name is being typed; else undefined. */
export function typedMention(text: string, caret: number): string | undefined {
  return /(?:^|\s)@([^\s@]{0,30})$/u.exec(text.slice(0, caret))?.[1]
}

/**
 * The text with the "@letters" before the caret replaced by "@Name" and a space (the one that
 * follows already, if any), and where the caret goes: after that space, where typing goes on.
 */
export function insertMention(text: string, caret: number, name: string): { text: string; caret: number } {
  const after = text.slice(caret)
  const spaced = after.startsWith(' ')
  const before = text.slice(0, caret).replace(/@[^\s@]{0,30}$/u, `@${name}${spaced ? '' : ' '}`)
  return { text: before + after, caret: before.length + (spaced ? 1 : 0) }
}

/** Where the text's mentions begin: each "@" at its start or after a space. */
const mentionStarts = (text: string) => [...text.matchAll(/(^|\s)@/gu)].map((match) => match.index + match[1].length)

/** The picked people whose "@Name" is still in the text: the comment's mentions. */
export function mentionedIn(text: string, picked: Person[]): Person[] {
  const starts = mentionStarts(text)
  return picked.filter((person) => starts.some((at) => text.startsWith(`@${person.name}`, at)))
}

/**
 * Each "@word" of the text that does not begin the "@Name" of a picked person, once, without the
 * punctuation after it ("@Ca," is "@Ca"); an "@" before no letter or digit is no mention.
 */
export function unpickedMentions(text: string, picked: Person[]): string[] {
  const found = new Set<string>()
  for (const match of text.matchAll(/(^|\s)@([^\s@]+)/gu)) {
    const word = match[2].replace(/[^\p{L}\p{N}]+$/u, '')
    const at = match.index + match[1].length
    if (word && !picked.some((person) => text.startsWith(`@${person.name}`, at))) found.add(`@${word}`)
  }
  return [...found]
}

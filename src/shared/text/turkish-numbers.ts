/**
 * The possessive suffix a number takes in Turkish as it is read aloud ("%40'ı", "%25'i",
 * "%10'u", "%6'sı", "%100'ü"): from the last word of the number, its last vowel (harmony) and
 * whether it ends in a vowel.
 */
const ones = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz']
const tens = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan']

function lastWord(n: number): string {
  if (n === 0) return 'sıfır'
  if (n % 10) return ones[n % 10]!
  if (n % 100) return tens[(n % 100) / 10]!
  if (n % 1000) return 'yüz'
  if (n % 1_000_000) return 'bin'
  return 'milyon'
}

export function percentSuffix(n: number): string {
  const word = lastWord(Math.abs(Math.trunc(n)))
  const vowels = [...word].filter((c) => 'aeıioöuü'.includes(c))
  const last = vowels.at(-1) ?? 'i'
  const harmony = 'aı'.includes(last) ? 'ı' : 'ei'.includes(last) ? 'i' : 'ou'.includes(last) ? 'u' : 'ü'
  return `'${'aeıioöuü'.includes(word.at(-1)!) ? 's' : ''}${harmony}`
}

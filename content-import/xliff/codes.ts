import { BOLD, CODE, ITALIC, STRIKETHROUGH, SUBSCRIPT, SUPERSCRIPT, UNDERLINE } from '@/rich-text/node'
import type { Code, Inline } from '@/rich-text/segments'

const formatNames: Record<number, string> = {
  [BOLD]: 'kalın',
  [ITALIC]: 'italik',
  [UNDERLINE]: 'altı çizili',
  [STRIKETHROUGH]: 'üstü çizili',
  [CODE]: 'kod',
  [SUBSCRIPT]: 'alt simge',
  [SUPERSCRIPT]: 'üst simge',
}

const describe = (id: string, code: Code | undefined) =>
  code?.kind === 'format'
    ? `${id} (${formatNames[code.format] ?? 'biçim'})`
    : code?.kind === 'link'
      ? `${id} (bağlantı ${code.url})`
      : `${id} (${code?.node.type ?? 'öğe'})`

type Placed = { parents: Map<string, string>; counts: Map<string, number>; breaks: number }

function place(content: Inline[], into: Placed = { parents: new Map(), counts: new Map(), breaks: 0 }, parent = '') {
  for (const inline of content) {
    if (inline.kind === 'break') into.breaks++
    if (inline.kind !== 'span') continue
    into.counts.set(inline.code, (into.counts.get(inline.code) ?? 0) + 1)
    into.parents.set(inline.code, parent)
    place(inline.children, into, inline.code)
  }
  return into
}

/**
 * Why a target's inline codes cannot be turned back into formatting and links, or null when
 * they can: every code of the source exactly once, none other, each inside the same code as
 * in the source (order among neighbours may change with the sentence: XLIFF's canReorder), and
 * as many line breaks. A missing link is never guessed back.
 */
export function codeProblem(source: Inline[], target: Inline[], codes: Map<string, Code>): string | null {
  const want = place(source)
  const got = place(target)
  const problems: string[] = []
  const missing = [...want.counts.keys()].filter((id) => !got.counts.has(id))
  if (missing.length) problems.push(`eksik kod: ${missing.map((id) => describe(id, codes.get(id))).join(', ')}`)
  const unknown = [...got.counts.keys()].filter((id) => !want.counts.has(id))
  if (unknown.length) problems.push(`kaynakta olmayan kod: ${unknown.join(', ')}`)
  const twice = [...got.counts].filter(([, n]) => n > 1).map(([id]) => id)
  if (twice.length) problems.push(`birden fazla kez kullanılan kod: ${twice.join(', ')}`)
  const moved = [...got.parents].filter(([id, parent]) => want.counts.has(id) && want.parents.get(id) !== parent)
  if (moved.length)
    problems.push(
      `yeri değişmiş kod: ${moved
        .map(([id, parent]) => {
          const before = want.parents.get(id)
          return `${describe(id, codes.get(id))} ${before ? `${before} kodunun içindeydi` : 'dışta idi'}, şimdi ${parent ? `${parent} kodunun içinde` : 'dışta'}`
        })
        .join('; ')}`,
    )
  if (want.breaks !== got.breaks)
    problems.push(`satır sonu sayısı farklı (kaynakta ${want.breaks}, çeviride ${got.breaks})`)
  return problems.length
    ? `Biçim kodları kaynakla uyuşmuyor (${problems.join('; ')}); çeviri uygulanmadı. Kodları kaynaktaki gibi yerleştirip yeniden gönderin.`
    : null
}

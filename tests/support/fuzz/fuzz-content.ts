import { oddValues, type Random } from '@tests/support/fuzz/fuzz'

/** Front-matter lines a careless editor, another tool or an attacker might write. */
const frontMatterLines = (r: Random): string[] => [
  `title: ${r.pick(['Evet', '"Evet: bazen"', 'Evet: bazen', "'Örgüt'ün'", '|', '>-', '[a, b', '{a: 1}', '!!binary aGVsbG8=', '*alias', '&a x', '', r.pick(oddValues)])}`,
  `question_id: ${r.pick([...oddValues, '16', '"16"', "'3'", '16.0', '0b1', '1_000', '!!float 16', '[16]', '{id: 16}', '*a'])}`,
  `choice_id: ${r.pick([...oddValues, '2', '"2"', '~', '2 # yorum'])}`,
  `area: ${r.pick(['Yönetişim', '', '[]', r.pick(oddValues)])}`,
  r.pick([
    'yazar: Ayşe',
    '\tkey: tab',
    '  indented: x',
    '- liste',
    '? karmaşık',
    'key: &a [*a]',
    '%YAML 1.2',
    '---',
    '...',
    'x: !!timestamp 2026-11-29',
    `a: ${'['.repeat(r.int(200))}`,
  ]),
]

/** Markdown fragments, ordinary and odd, that the converter must take or refuse with a message. */
const markdownPieces = [
  'Düz bir paragraf.',
  '**kalın** ve _eğik_',
  '1\\. kaçışlı numara',
  '- madde\n  - alt madde',
  '> alıntı\n> > iç içe',
  '```\nkod\n```',
  '<u>altı çizili</u>',
  '[bağlantı](https://example.org/a?b=1&c=2)',
  '[kötü](javascript:alert(1))',
  '<script>alert(1)</script>',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '[^1]\n\n[^1]: dipnot',
  '![resim](https://example.org/x.png)',
  '<https://stgm.org.tr>',
  '***',
  '\u0000\u202e',
  '['.repeat(50),
  '*'.repeat(50),
  `${'  '.repeat(20)}- derin`,
  '&amp; &#x0; &nbsp;',
]

/** One random content file's text: front matter (sometimes broken) and a Markdown body. */
export function fuzzedContentFile(r: Random): string {
  // Mostly a good front matter with one odd line in it, sometimes a thoroughly odd one.
  const good = ['title: Evet', `question_id: ${1 + r.int(20)}`, `choice_id: ${1 + r.int(5)}`]
  const odd = frontMatterLines(r)
  const lines = r.int(3) > 0 ? good.map((line, i) => (r.int(4) === 0 ? odd[i] : line)) : odd.filter(() => r.int(5) > 0)
  const body = r.some(r.int(8), () => r.pick(markdownPieces)).join(r.pick(['\n\n', '\n', ' ', '\r\n']))
  const opening = r.pick(['---\n', '---\n', '---\n', '---\n', '\uFEFF---\n', '--- \n', ''])
  const closing = r.pick(['---\n', '---\n', '---\n', '...\n', ''])
  return `${opening}${lines.join('\n')}\n${closing}${body}\n`
}

import { describe, expect, it } from 'vitest'

import {
  blockAtPlace,
  contentToNodes,
  placeOfUnit,
  richTextUnits,
  textUnit,
  withUnitContent,
} from '@/rich-text/segments'

/** The one place paragraphs are identified (src/rich-text/segments.ts): ids, fingerprints, content and back. */
const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children, version: 1, direction: 'ltr' })
const doc = (...children: object[]) => ({ root: { type: 'root', children } })
const link = (url: string, ...children: object[]) => ({
  type: 'link',
  fields: { url, newTab: false, linkType: 'custom' },
  children,
  version: 3,
})
const list = (...items: object[][]) => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  children: items.map((children) => ({ type: 'listitem', children, version: 1 })),
})

describe('units of a rich-text field', () => {
  const body = doc(
    { type: 'heading', tag: 'h2', children: [text('Başlık')] },
    paragraph(text('Bir '), text('kalın', 1), text(' ve '), text('kalın italik', 3), text(' söz.')),
    paragraph(),
    list([text('Bir')], [list([text('İç')])], [text('İki')]),
    { type: 'horizontalrule' },
    paragraph(text('Bak: '), link('https://stgm.org.tr/a', text('rehber'))),
  )

  it('one per heading, paragraph and list item, empty ones left out, ids by place', () => {
    const units = richTextUnits('body', body)
    expect(units.map((u) => [u.id, u.kind, u.text])).toEqual([
      ['body-0', 'heading', 'Başlık'],
      ['body-1', 'paragraph', 'Bir kalın ve kalın italik söz.'],
      ['body-3.0', 'listitem', 'Bir'],
      ['body-3.1.0.0', 'listitem', 'İç'],
      ['body-3.2', 'listitem', 'İki'],
      ['body-5', 'paragraph', 'Bak: rehber'],
    ])
  })

  it('runs of one format share a span; formats nest; the link keeps its target', () => {
    const [, formatted, , , , linked] = richTextUnits('body', body)
    expect(formatted.content).toEqual([
      { kind: 'text', text: 'Bir ' },
      { kind: 'span', code: '1', children: [{ kind: 'text', text: 'kalın' }] },
      { kind: 'text', text: ' ve ' },
      {
        kind: 'span',
        code: '2',
        children: [{ kind: 'span', code: '3', children: [{ kind: 'text', text: 'kalın italik' }] }],
      },
      { kind: 'text', text: ' söz.' },
    ])
    expect(linked.codes.get('1')).toMatchObject({ kind: 'link', url: 'https://stgm.org.tr/a' })
  })

  it('the fingerprint follows what a reader sees: text, format, link target; not JSON details', () => {
    const fingerprint = (...children: object[]) => richTextUnits('body', doc(paragraph(...children)))[0].fingerprint
    const one = fingerprint(text('Bir '), text('kalın', 1))
    expect(one).toMatch(/^[0-9a-f]{16}$/)
    expect(fingerprint(text('Bir '), { ...text('kalın', 1), style: '', detail: 0 })).toBe(one)
    expect(fingerprint(text('Bi'), text('r '), text('kalın', 1))).toBe(one)
    expect(fingerprint(text('Bir kalın'))).not.toBe(one)
    expect(fingerprint(text('Bir '), text('kalın', 2))).not.toBe(one)
    expect(fingerprint(link('https://a.example/', text('rehber')))).not.toBe(
      fingerprint(link('https://b.example/', text('rehber'))),
    )
  })

  it('a title or label is one unit named by its field', () => {
    expect(textUnit('label', 'Bir plan')).toMatchObject({ id: 'label', kind: 'text', text: 'Bir plan' })
    expect(textUnit('label', '  ')).toBeNull()
  })

  it('content back to nodes and into the tree: the rest of the tree untouched', () => {
    const units = richTextUnits('body', body)
    const linked = units.at(-1)!
    const translated = contentToNodes(
      [
        { kind: 'text', text: 'See: ' },
        { kind: 'span', code: '1', children: [{ kind: 'text', text: 'the guide' }] },
      ],
      linked.codes,
    )
    const replaced = withUnitContent(body, 'body', new Map([[linked.id, translated]]))
    const after = richTextUnits('body', replaced)
    expect(after.map((u) => u.text)).toEqual([...units.slice(0, -1).map((u) => u.text), 'See: the guide'])
    expect(after.at(-1)!.codes.get('1')).toMatchObject({ kind: 'link', url: 'https://stgm.org.tr/a' })
    // The value given is not changed.
    expect(richTextUnits('body', body).at(-1)!.text).toBe('Bak: rehber')
  })

  it("a unit's id leads back to its block, in the stored tree as in the editor's", () => {
    type Node = { type?: string; children?: Node[] }
    const root = (body as { root: Node }).root.children ?? []
    const at = (id: string) => {
      const place = placeOfUnit('body', id)
      return (
        place &&
        blockAtPlace<Node>(
          root,
          place,
          (node) => node.type ?? '',
          (node) => node.children ?? [],
        )
      )
    }
    for (const unit of richTextUnits('body', body)) {
      const block = at(unit.id)
      expect(richTextUnits('body', doc(block!)).map((u) => u.text)[0]).toBe(unit.text)
    }
    // The empty paragraph holds no unit but still stands at its place; a list, a rule, a place
    // past the end, another field's id or a malformed one name no block.
    expect(at('body-2')).toMatchObject({ type: 'paragraph' })
    expect([at('body-3'), at('body-4'), at('body-6'), at('body-1.0'), at('body-3.1.1.0')]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
    expect([placeOfUnit('body', 'intro-1'), placeOfUnit('body', 'body-x'), placeOfUnit('body', 'body-1..2')]).toEqual([
      null,
      null,
      null,
    ])
  })
})

import type { SerializedEditorState } from 'lexical'
import { beforeAll, describe, expect, it } from 'vitest'

import { splitFrontMatter } from '@content-import/markdown/front-matter'
import { markdownToLexical } from '@content-import/markdown/to-lexical'
import { lexicalToMarkdown } from '@content-import/markdown/to-markdown'
import { fixtureNames, readFixture, realSample } from '@tests/fixtures/markdown'
import { randomDocuments } from '@tests/fixtures/markdown/random-documents'

type Node = { type: string; children?: Node[]; [key: string]: unknown }

const convert = (markdown: string) => markdownToLexical(markdown)
const blocksOf = (markdown: string) => convert(markdown).editorState.root.children as Node[]
const walk = (node: Node, visit: (node: Node) => void): void => {
  visit(node)
  node.children?.forEach((child) => walk(child, visit))
}
const allNodes = (state: SerializedEditorState): Node[] => {
  const out: Node[] = []
  walk(state.root as unknown as Node, (node) => out.push(node))
  return out
}
const textOf = (node: Node): string =>
  node.type === 'text'
    ? String(node.text)
    : node.type === 'linebreak'
      ? '\n'
      : (node.children ?? []).map(textOf).join('')

const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})
const element = { direction: 'ltr', format: '', indent: 0 }
const paragraph = (children: object[], textFormat = 0) => ({
  type: 'paragraph',
  version: 1,
  children,
  ...element,
  textFormat,
  textStyle: '',
})
const link = (url: string, children: object[]) => ({
  type: 'link',
  version: 3,
  fields: { url, newTab: false, linkType: 'custom' },
  children,
  ...element,
})

function sampleState() {
  const { body, bodyStartLine } = splitFrontMatter(readFixture(realSample))
  return markdownToLexical(body, { lineOffset: bodyStartLine - 1 })
}

describe('markdownToLexical on the real sample', () => {
  const result = sampleState()
  const blocks = result.editorState.root.children as Node[]
  const paragraphs = blocks.filter((block) => block.type === 'paragraph')

  it('has no warnings', () => {
    expect(result.warnings).toEqual([])
  })

  it('shows the escaped tips as paragraphs starting "1. " … "5. ", not as a list', () => {
    const tips = paragraphs.map(textOf).filter((t) => /^\d\. /.test(t))
    expect(tips.map((t) => t.slice(0, t.indexOf(':') > 0 && t.indexOf(':') < 60 ? t.indexOf(':') + 1 : 16))).toEqual([
      '1. Plan yapın:',
      '2. Hedef kitlenizi düşünün/dikkate alın:',
      '3. Sosyal medyanın sosyal olduğunu unutmayın:',
      '4. Sosyal medyaya zaman ayırın:',
      '5. Deneyimleyin!',
    ])
    expect(textOf(paragraphs[1]).startsWith('1. Plan yapın: İlerlemeyi izlemek')).toBe(true)
    expect(textOf(paragraphs[5]).startsWith('5. Deneyimleyin! Örgütünüz için')).toBe(true)
  })

  it('leaves no backslash and no <u> in any text', () => {
    const texts = allNodes(result.editorState).filter((node) => node.type === 'text')
    expect(texts.length).toBeGreaterThan(20)
    for (const node of texts) {
      expect(node.text).not.toContain('\\')
      expect(node.text).not.toContain('<u>')
      expect(node.text).not.toContain('</u>')
      expect(node.text).not.toBe('')
    }
  })

  it('underlines link text that was wrapped in <u>', () => {
    const stok = allNodes(result.editorState).find(
      (node) => node.type === 'link' && textOf(node) === 'STOK Çevrimiçi Öğrenme Platformu',
    )
    expect(stok).toEqual(
      link('https://www.stgm.org.tr/stok-ogrenme-platformu', [text('STOK Çevrimiçi Öğrenme Platformu', 8)]),
    )
  })

  it('keeps the query strings of all ten YouTube list links, & included', () => {
    const urls = allNodes(result.editorState)
      .filter((node) => node.type === 'link')
      .map((node) => (node.fields as { url: string }).url)
      .filter((url) => url.includes('&list='))
    expect(urls).toHaveLength(10)
    expect(urls[0]).toBe('https://www.youtube.com/watch?v=yOQZuMGcO7k&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4')
    for (const url of urls)
      expect(url).toMatch(
        /^https:\/\/www\.youtube\.com\/watch\?v=[\w-]+&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=\d+$/,
      )
  })

  it('makes the ten loose bullets one list of ten items holding their links directly', () => {
    const lists = blocks.filter((block) => block.type === 'list')
    expect(lists).toHaveLength(1)
    const [list] = lists
    expect(list).toMatchObject({ listType: 'bullet', tag: 'ul', start: 1 })
    expect(list.children).toHaveLength(10)
    list.children?.forEach((item, index) => {
      expect(item).toMatchObject({ type: 'listitem', value: index + 1 })
      expect(item.children?.map((child) => child.type)).toEqual(['link'])
    })
    expect(textOf(list.children![9])).toBe('UNFPA-STGM Ortak Eğitimleri: Dijitalde Savunuculuk Kampanyası')
  })

  it('keeps typographic quotes and Turkish letters', () => {
    const all = blocks.map(textOf).join('\n')
    expect(all).toContain("Ayrıca STGM'nin “STÖ’ler için Sosyal Medya İpuçları Webinarı” videosuna")
    expect(all).toContain('“Web ve Sosyal Medya Yönetimi, Emrah Güler, Özgür Fırat Yumuşak, Sivil Düşün” isimli')
    expect(all).toContain('"Facebook Insights"')
    expect(all).toMatch(/ç/)
    expect(all).toMatch(/ğ/)
    expect(all).toMatch(/ı/)
    expect(all).toMatch(/İ/)
    expect(all).toMatch(/ö/)
    expect(all).toMatch(/ş/)
    expect(all).toMatch(/ü/)
  })

  it('lists every link with its text, in document order', () => {
    expect(result.links).toHaveLength(14)
    expect(result.links.slice(0, 4)).toEqual([
      { url: 'https://www.stgm.org.tr/stok-ogrenme-platformu', text: 'STOK Çevrimiçi Öğrenme Platformu' },
      { url: 'http://www.stgm.org.tr/sivil-toplum-okulu-stok/herkes-dijital-sever', text: 'Herkes Dijital Sever 300' },
      { url: 'https://www.youtube.com/watch?v=Z9XRjO273ws', text: 'STÖ’ler için Sosyal Medya İpuçları Webinarı' },
      {
        url: 'https://www.stgm.org.tr/sites/default/files/2020-09/web-ve-sosyal-medya-yonetimi-rehberi.pdf',
        text: 'Web ve Sosyal Medya Yönetimi',
      },
    ])
  })

  it('has the block structure of the original rendering', () => {
    expect(blocks.map((block) => block.type)).toEqual([...Array(9).fill('paragraph'), 'list'])
  })
})

describe('markdownToLexical node shapes', () => {
  it('writes the exact JSON Payload’s editor writes', () => {
    const state = convert(
      '**Kalın** başlangıç ve [bağ](https://a.org/?x=1&y=2).\n\n## Başlık\n\n> Alıntı\n\n---\n\nsatır\\\nsonu',
    )
    expect(state.editorState).toEqual({
      root: {
        type: 'root',
        version: 1,
        ...element,
        children: [
          paragraph(
            [text('Kalın', 1), text(' başlangıç ve '), link('https://a.org/?x=1&y=2', [text('bağ')]), text('.')],
            1,
          ),
          { type: 'heading', version: 1, tag: 'h2', children: [text('Başlık')], ...element },
          { type: 'quote', version: 1, children: [text('Alıntı')], ...element },
          { type: 'horizontalrule', version: 1 },
          paragraph([text('satır'), { type: 'linebreak', version: 1 }, text('sonu')]),
        ],
      },
    })
  })

  it('writes headings h1–h6, setext headings included', () => {
    const tags = blocksOf(readFixture('headings-and-emphasis.md').split('---\n')[2])
      .filter((block) => block.type === 'heading')
      .map((block) => block.tag)
    expect(tags).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h1', 'h2'])
  })

  it('combines bold, italic, strikethrough and code bits, merging equal neighbours', () => {
    const [p] = blocksOf('a ***b*** ~~c~~ `d` **e *f*** __g__ **h**<b>i</b>')
    expect(p.children).toEqual([
      text('a '),
      text('b', 3),
      text(' '),
      text('c', 4),
      text(' '),
      text('d', 16),
      text(' '),
      text('e ', 1),
      text('f', 3),
      text(' '),
      text('g', 1),
      text(' '),
      text('hi', 1),
    ])
  })

  it('turns soft line breaks into single spaces and collapses whitespace as a browser does', () => {
    const [p] = blocksOf('bir\niki \n  üç <span>dört</span>  beş')
    expect(p.children).toEqual([text('bir iki üç dört beş')])
  })

  it('resolves escapes: `1\\. Plan` is a paragraph, not a list', () => {
    const blocks = blocksOf('1\\. Plan yapın:\n\n\\# değil \\*vurgu\\* C:\\\\yol \\<u>')
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph'])
    expect(blocks.map(textOf)).toEqual(['1. Plan yapın:', '# değil *vurgu* C:\\yol <u>'])
  })

  it('numbers ordered lists from their start and nests lists in an item of their own', () => {
    const [list] = blocksOf('3. a\n4. b\n   - c\n   - d\n5. e')
    expect(list).toMatchObject({ type: 'list', listType: 'number', tag: 'ol', start: 3 })
    const items = list.children!
    expect(items.map((item) => item.value)).toEqual([3, 4, 5, 5])
    expect(items.map((item) => item.children?.map((child) => child.type).join())).toEqual([
      'text',
      'text',
      'list',
      'text',
    ])
    expect(items[2].children?.[0]).toMatchObject({ listType: 'bullet', tag: 'ul', start: 1 })
    expect(items[2].children?.[0].children?.map(textOf)).toEqual(['c', 'd'])
    expect(items.every((item) => !('checked' in item))).toBe(true)
  })

  it('joins the paragraphs of a loose item with a line break and never nests paragraphs in items', () => {
    const [list] = blocksOf('- bir\n\n  iki\n\n- üç')
    expect(list.children).toHaveLength(2)
    expect(list.children![0].children).toEqual([text('bir'), { type: 'linebreak', version: 1 }, text('iki')])
    expect(allNodes({ root: list } as never).some((node) => node.type === 'paragraph')).toBe(false)
  })

  it('gives nested list items their depth as indent, as ListItemNode.getIndent does', () => {
    const [list] = blocksOf('- a\n  - b\n    - c')
    const nested = list.children![1].children![0]
    const deepest = nested.children![1].children![0]
    expect([list.children![0].indent, nested.children![0].indent, deepest.children![0].indent]).toEqual([0, 1, 2])
    expect([list.indent, nested.indent, deepest.indent]).toEqual([0, 0, 0])
  })

  it('makes an empty body one empty paragraph, since Lexical cannot load an empty root', () => {
    expect(convert('').editorState.root).toEqual({
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [],
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
        },
      ],
    })
    expect(convert('<!-- nothing -->\n\n<script>x</script>').editorState.root.children).toHaveLength(1)
  })

  it('makes task lists checklists', () => {
    const [list] = blocksOf('- [ ] yap\n- [x] yapıldı')
    expect(list).toMatchObject({ listType: 'check', tag: 'ul' })
    expect(list.children?.map((item) => [item.checked, textOf(item)])).toEqual([
      [false, 'yap'],
      [true, 'yapıldı'],
    ])
  })

  it('keeps fenced code as inline-code lines joined by line breaks, indentation intact', () => {
    const [p] = blocksOf('```js\nif (a) {\n  b()\n\n}\n```')
    expect(p).toEqual(
      paragraph(
        [
          text('if (a) {', 16),
          { type: 'linebreak', version: 1 },
          text('  b()', 16),
          { type: 'linebreak', version: 1 },
          { type: 'linebreak', version: 1 },
          text('}', 16),
        ],
        16,
      ),
    )
  })

  it('resolves reference links and turns images into links, with a warning', () => {
    const result = convert('[STGM][s] ve [s] ve ![logo](https://x.org/l.png)\n\n[s]: https://www.stgm.org.tr/?a=1&b=2')
    expect(result.links).toEqual([
      { url: 'https://www.stgm.org.tr/?a=1&b=2', text: 'STGM' },
      { url: 'https://www.stgm.org.tr/?a=1&b=2', text: 's' },
      { url: 'https://x.org/l.png', text: 'logo' },
    ])
    expect(result.warnings).toEqual([
      {
        line: 1,
        message:
          'Görsel, https://x.org/l.png adresine giden bir bağlantı olarak aktarıldı (editör, adresi verilen görselleri sayfaya gömemez).',
      },
    ])
  })

  it('writes autolinks as autolink nodes', () => {
    const [p] = blocksOf('<https://a.org/?x=1&y=2> www.stgm.org.tr <bilgi@stgm.org.tr>')
    const autolinks = p.children!.filter((child) => child.type === 'autolink')
    expect(autolinks).toEqual([
      {
        type: 'autolink',
        version: 2,
        fields: { url: 'https://a.org/?x=1&y=2', newTab: false, linkType: 'custom' },
        children: [text('https://a.org/?x=1&y=2')],
        ...element,
      },
      {
        type: 'autolink',
        version: 2,
        fields: { url: 'http://www.stgm.org.tr', newTab: false, linkType: 'custom' },
        children: [text('www.stgm.org.tr')],
        ...element,
      },
      {
        type: 'autolink',
        version: 2,
        fields: { url: 'mailto:bilgi@stgm.org.tr', newTab: false, linkType: 'custom' },
        children: [text('bilgi@stgm.org.tr')],
        ...element,
      },
    ])
  })
})

describe('markdownToLexical safety', () => {
  it('drops javascript:, data: and vbscript: links in any spelling, keeping their text', () => {
    const { body } = splitFrontMatter(readFixture('unsafe-links.md'))
    const result = convert(body)
    expect(result.links.map((l) => l.url)).toEqual([
      'https://www.stgm.org.tr',
      'tel:+903124409210',
      'mailto:bilgi@stgm.org.tr',
    ])
    const texts = (result.editorState.root.children as Node[]).map(textOf)
    expect(texts[0]).toBe('Tıklayın ve büyük harfli ve boşluklu.')
    expect(texts[1]).toBe('Veri ve vbscript ve sekmeli.')
    expect(texts[2]).toBe('resim ve javascript:alert(1) ve dosya.')
    const schemes = result.warnings.map((w) => /"(\w+):" ile başlayan adreslere izin verilmiyor\./.exec(w.message)?.[1])
    expect(schemes).toEqual([
      'javascript',
      'javascript',
      'javascript',
      'data',
      'vbscript',
      'javascript',
      'data',
      'javascript',
      'file',
    ])
    const urls = allNodes(result.editorState).flatMap((node) =>
      node.fields ? [(node.fields as { url: string }).url] : [],
    )
    expect(urls).toEqual(['https://www.stgm.org.tr', 'tel:+903124409210', 'mailto:bilgi@stgm.org.tr'])
  })

  it('removes <script> and <style> with their content and other tags keeping their text', () => {
    const { body } = splitFrontMatter(readFixture('script-and-stray-html.md'))
    const result = convert(body)
    const json = JSON.stringify(result.editorState)
    expect(json).not.toMatch(/alert|kötü|p\{\}|<\/?(script|style|span|div|p|b|i|u|a)\b/)
    const blocks = result.editorState.root.children as Node[]
    expect(blocks.map(textOf)).toEqual([
      'Paragrafta satır içi betik ve stil.',
      'Bu span ve kalın ve italik ve altı çizili ve üst ve silinmiş.',
      'İlk satır\nikinci satır\nüçüncü satır.',
      'Bağlantı etiketi: STGM ve yorum burada.',
      'Blok HTML & varlıklar: © 2024 – STGM',
      'İkinci "paragraf"',
      'STOK platformu ve & <etiket> \u00a0 “tırnak”.',
      'Blokta bağlantı ve zararlı.',
    ])
    expect(blocks[1].children?.map((child) => [child.text, child.format])).toEqual([
      ['Bu span ve ', 0],
      ['kalın', 1],
      [' ve ', 0],
      ['italik', 2],
      [' ve ', 0],
      ['altı çizili', 8],
      [' ve ', 0],
      ['üst', 64],
      [' ve ', 0],
      ['silinmiş', 4],
      ['.', 0],
    ])
    expect(blocks[6].children?.[0]).toEqual(
      link('https://www.stgm.org.tr/stok', [text('STOK ', 8), text('platformu', 9)]),
    )
    expect(result.links).toEqual([
      { url: 'https://www.stgm.org.tr/?a=1&b=2', text: 'STGM' },
      { url: 'https://www.stgm.org.tr/stok', text: 'STOK platformu' },
      { url: 'https://www.stgm.org.tr/blok?x=1&y=2', text: 'bağlantı' },
    ])
    expect(result.warnings.map((w) => w.message)).toEqual([
      '<script> öğesi içeriğiyle birlikte kaldırıldı.',
      '<script> öğesi içeriğiyle birlikte kaldırıldı.',
      '<style> öğesi içeriğiyle birlikte kaldırıldı.',
      'HTML etiketi <span> kaldırıldı, içindeki metin korundu.',
      'HTML etiketi <div> kaldırıldı, içindeki metin korundu.',
      'HTML etiketi <p> kaldırıldı, içindeki metin korundu.',
      'HTML etiketi <p> kaldırıldı, içindeki metin korundu.',
      'HTML etiketi <p> kaldırıldı, içindeki metin korundu.',
      '"javascript:alert(1)" adresine giden bağlantı kaldırıldı, bağlantı metni korundu: "javascript:" ile başlayan adreslere izin verilmiyor.',
    ])
  })

  it('encodes spaces in URLs, which Payload’s link field would reject', () => {
    const result = convert('[Rehber](<https://x.org/a b.pdf>)')
    expect(result.links).toEqual([{ url: 'https://x.org/a%20b.pdf', text: 'Rehber' }])
    expect(result.warnings).toEqual([
      { line: 1, message: 'Bağlantı adresindeki boşluklar kodlandı; adres https://x.org/a%20b.pdf olarak kaydedildi.' },
    ])
  })

  it('accepts CRLF and a BOM in the Markdown itself, and offsets warning lines', () => {
    const result = markdownToLexical('\uFEFFbir\r\niki\r\n\r\n<span>x</span>\r\n', { lineOffset: 10 })
    expect((result.editorState.root.children as Node[]).map(textOf)).toEqual(['bir iki', 'x'])
    expect(result.warnings).toEqual([{ line: 14, message: 'HTML etiketi <span> kaldırıldı, içindeki metin korundu.' }])
  })
})

describe('the JSON is what Payload’s Lexical editor loads and saves unchanged', () => {
  type Editor = {
    parseEditorState: (state: SerializedEditorState) => unknown
    setEditorState: (state: unknown) => void
    getEditorState: () => { toJSON: () => SerializedEditorState }
    update: (fn: () => void, options: { discrete: boolean }) => void
  }
  let makeEditor: () => Editor
  let markAllDirty: (editor: Editor) => void

  beforeAll(async () => {
    // Payload's own editor config (its default features), built from a Payload config without a database.
    const { sanitizeConfig } = await import('payload')
    const { editorConfigFactory, getEnabledNodes, lexicalEditor } = await import('@payloadcms/richtext-lexical')
    const { createHeadlessEditor } = await import('@payloadcms/richtext-lexical/lexical/headless')
    const { $getRoot, $isElementNode } = await import('@payloadcms/richtext-lexical/lexical')
    const config = await sanitizeConfig({ secret: 'test', collections: [], editor: lexicalEditor() } as never)
    const editorConfig = await editorConfigFactory.default({ config })
    const nodes = getEnabledNodes({ editorConfig })
    makeEditor = () =>
      createHeadlessEditor({
        nodes,
        onError: (error: Error) => {
          throw error
        },
      }) as unknown as Editor
    // Marking every node dirty runs Lexical's node transforms (list numbering, list merging, …), as editing would.
    markAllDirty = (editor) =>
      editor.update(
        () => {
          const visit = (node: ReturnType<typeof $getRoot>) => {
            node.markDirty()
            if ($isElementNode(node)) node.getChildren().forEach((child) => visit(child as never))
          }
          visit($getRoot())
        },
        { discrete: true },
      )
  })

  const loadsAndSavesUnchanged = (editorState: SerializedEditorState) => {
    const editor = makeEditor()
    editor.setEditorState(editor.parseEditorState(editorState))
    expect(editor.getEditorState().toJSON()).toEqual(editorState)
    markAllDirty(editor)
    expect(editor.getEditorState().toJSON()).toEqual(editorState)
  }

  it.each(fixtureNames)('%s', (name) => {
    loadsAndSavesUnchanged(markdownToLexical(splitFrontMatter(readFixture(name)).body).editorState)
  })

  it('200 generated documents, imported from their export', () => {
    for (const state of randomDocuments(7, 200))
      loadsAndSavesUnchanged(markdownToLexical(lexicalToMarkdown(state)).editorState)
  })

  it('the sample’s link URLs pass Payload’s own URL check, so its link field stores them as they are', async () => {
    // Payload's link `url` field percent-encodes, on save, any URL that validateUrl rejects.
    const { validateUrl } = await import('@payloadcms/richtext-lexical')
    const { links } = sampleState()
    expect(links.filter((l) => !validateUrl(l.url))).toEqual([])
  })
})

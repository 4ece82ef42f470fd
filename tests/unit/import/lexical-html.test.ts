import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { markdownToLexical } from '@content-import/markdown/to-lexical'
import { lexicalToHtml } from '@/rich-text/html'

const html = (markdown: string) => lexicalToHtml(markdownToLexical(markdown).editorState)

describe('rich text as HTML on the public site', () => {
  it('renders the real advice faithfully: numbered tips, underlined link text, & in URLs', () => {
    const source = readFileSync('content-import/sample/tr/000_536229bc91d6712e.txt', 'utf8')
      .split('---\n')
      .slice(2)
      .join('---\n')
    const out = html(source)
    expect(out).toContain('<p>1. Plan yapın:')
    expect(out).not.toContain('\\')
    expect(out).not.toContain('&lt;u&gt;')
    // Link text is underlined as a link; the corpus's <u> inside it adds no markup.
    expect(out).toContain(
      '<a href="https://www.stgm.org.tr/stok-ogrenme-platformu">STOK Çevrimiçi Öğrenme Platformu</a>',
    )
    expect(out).toContain(
      'href="https://www.youtube.com/watch?v=yOQZuMGcO7k&amp;list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&amp;index=4"',
    )
    expect(out.match(/<li>/g)).toHaveLength(10)
  })

  it('escapes text, so markup written as text never becomes markup', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: '<script>alert("x")</script> & <b>', format: 0 }] },
        ],
      },
    }
    expect(lexicalToHtml(state)).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;</p>')
  })

  it('drops unsafe links but keeps their text, whatever the spelling', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox',
    ]) {
      const state = {
        root: {
          type: 'root',
          children: [
            {
              type: 'paragraph',
              children: [{ type: 'link', fields: { url }, children: [{ type: 'text', text: 'tıkla', format: 0 }] }],
            },
          ],
        },
      }
      expect(lexicalToHtml(state)).toBe('<p>tıkla</p>')
    }
  })

  it('keeps formats and puts nested lists inside a list item', () => {
    const out = html('- **kalın** *eğik* ~~silik~~ `kod`\n  - iç madde\n')
    expect(out).toBe(
      '<ul><li><strong>kalın</strong> <em>eğik</em> <s>silik</s> <code>kod</code></li><li class="nested-list"><ul><li>iç madde</li></ul></li></ul>',
    )
  })

  it('underlines text outside links', () => {
    expect(html('Bu <u>önemli</u> bir not.\n')).toBe('<p>Bu <u>önemli</u> bir not.</p>')
  })

  it('keeps the start number of an ordered list', () => {
    expect(html('3. üç\n4. dört\n')).toBe('<ol start="3"><li>üç</li><li>dört</li></ol>')
  })
})

describe('stored nodes of any type', () => {
  it('render their children: a node typed "constructor" or "toString" is not mistaken for a handler', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'constructor', children: [{ type: 'toString', children: [{ type: 'text', text: 'metin' }] }] },
        ],
      },
    }
    expect(lexicalToHtml(state)).toBe('metin')
  })
})

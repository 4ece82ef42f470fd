import { describe, expect, it } from 'vitest'

import { splitFrontMatter } from '@content-import/markdown/front-matter'
import { markdownToLexical } from '@content-import/markdown/to-lexical'
import { readFixture, realSample } from '@tests/fixtures/markdown'

describe('splitFrontMatter', () => {
  it('reads the real sample: title, numeric ids, body from line 6', () => {
    const result = splitFrontMatter(readFixture(realSample))
    expect(result.error).toBeUndefined()
    expect(result.data).toEqual({
      title: 'Sosyal medya hesaplarımız var; ancak aktif kullanmıyoruz.',
      question_id: 16,
      choice_id: 2,
    })
    expect(result.bodyStartLine).toBe(6)
    expect(result.body.startsWith('Bir Facebook sayfası oluşturmak')).toBe(true)
  })

  it('strips a byte-order mark and keeps quoted ids as strings', () => {
    const source = readFixture('bom-and-quoted-ids.md')
    expect(source.charCodeAt(0)).toBe(0xfeff)
    const result = splitFrontMatter(source)
    expect(result.error).toBeUndefined()
    expect(result.data).toEqual({ title: '“BOM” ve tırnaklı kimlikler', question_id: '3', choice_id: '1' })
    expect(result.body).toBe('BOM ile başlayan dosya: ç ğ ı İ ö ş ü Ç Ğ Ö Ş Ü.\n')
  })

  it('normalises CRLF and lone CR line endings', () => {
    const crlf = splitFrontMatter(readFixture('crlf-line-endings.md'))
    expect(crlf.data).toEqual({ title: 'Windows satır sonları', question_id: 4, choice_id: 1 })
    expect(crlf.body).not.toContain('\r')
    expect(crlf.body.split('\n')[0]).toBe('Birinci paragraf')
    expect(crlf.bodyStartLine).toBe(6)

    const cr = splitFrontMatter('---\rtitle: Eski Mac\rquestion_id: 1\r---\rGövde\r')
    expect(cr.data).toEqual({ title: 'Eski Mac', question_id: 1 })
    expect(cr.body).toBe('Gövde\n')
  })

  it('treats a file without front matter as all body', () => {
    const source = readFixture('no-front-matter.md')
    const result = splitFrontMatter(source)
    expect(result).toEqual({ data: null, body: source, bodyStartLine: 1 })
  })

  it('reports front matter that is never closed, at line 1', () => {
    const result = splitFrontMatter(readFixture('unclosed-front-matter.md'))
    expect(result.data).toBeNull()
    expect(result.error).toEqual({
      line: 1,
      message:
        "Ön bilgi (front matter) '---' satırıyla kapatılmamış: ön bilginin sonuna tek başına '---' içeren bir satır ekleyin.",
    })
  })

  it('reports YAML errors with their line in the file, in Turkish, with what to do', () => {
    const duplicate = splitFrontMatter(readFixture('duplicate-key-front-matter.md'))
    expect(duplicate.data).toBeNull()
    expect(duplicate.error).toEqual({
      line: 4,
      message: 'Ön bilgi (front matter) geçerli bir YAML değil: aynı alan iki kez yazılmış. Fazla olan satırı silin.',
    })
    expect(duplicate.body).toBe('Gövde.\n')
    expect(duplicate.bodyStartLine).toBe(6)

    const unterminated = splitFrontMatter('---\ntitle: ok\nquestion_id: "3\n---\nGövde\n')
    expect(unterminated.error?.line).toBe(3)
    expect(unterminated.error?.message).toMatch(
      /^Ön bilgi \(front matter\) geçerli bir YAML değil: kapanmamış bir tırnak .*Açtığınız tırnağı aynı satırda kapatın\.$/,
    )

    const flow = splitFrontMatter(readFixture('invalid-yaml-front-matter.md'))
    expect(flow.data).toBeNull()
    expect(flow.error?.message).toMatch(
      /^Ön bilgi \(front matter\) geçerli bir YAML değil: girinti hatalı ya da açılan bir parantez/,
    )
    expect(flow.error?.line).toBeGreaterThanOrEqual(3)
    expect(flow.error?.line).toBeLessThanOrEqual(4)
    expect(flow.error?.message).not.toMatch(/line \d+, column|Flow sequence/)
  })

  it('requires a mapping', () => {
    const list = splitFrontMatter('---\n- a\n- b\n---\nGövde\n')
    expect(list.data).toBeNull()
    expect(list.error).toEqual({
      line: 2,
      message:
        'Ön bilgi (front matter) "alan: değer" satırlarından oluşmalı, ancak bir liste bulundu: her alanı "title: Başlık" gibi ayrı bir satıra yazın.',
    })
    const scalar = splitFrontMatter('---\njust text\n---\n')
    expect(scalar.error?.message).toBe(
      'Ön bilgi (front matter) "alan: değer" satırlarından oluşmalı, ancak "just text" değeri bulundu: her alanı "title: Başlık" gibi ayrı bir satıra yazın.',
    )
  })

  it('accepts empty front matter, `...` as the closing line, and an empty body', () => {
    expect(splitFrontMatter('---\n---\nGövde')).toEqual({ data: {}, body: 'Gövde', bodyStartLine: 3 })
    expect(splitFrontMatter('---\ntitle: x\n...\nGövde').data).toEqual({ title: 'x' })
    const empty = splitFrontMatter(readFixture('empty-body.md'))
    expect(empty.data).toEqual({ title: 'Boş gövde', question_id: 5, choice_id: 6 })
    expect(empty.body).toBe('')
  })

  it('keeps a question file, which has no choice_id', () => {
    const result = splitFrontMatter(readFixture('question-file.md'))
    expect(result.data).toEqual({
      title: 'Örgütünüz sosyal medyayı nasıl kullanıyor?',
      question_id: 16,
      area: 'İletişim',
    })
  })

  it('gives the line offset that makes Markdown warnings name file lines', () => {
    const { body, bodyStartLine } = splitFrontMatter(readFixture('script-and-stray-html.md'))
    const { warnings } = markdownToLexical(body, { lineOffset: bodyStartLine - 1 })
    // The file's line 6 is `<script>`, line 12 has the <span>.
    expect(warnings).toContainEqual({ line: 6, message: '<script> öğesi içeriğiyle birlikte kaldırıldı.' })
    expect(warnings).toContainEqual({ line: 12, message: 'HTML etiketi <span> kaldırıldı, içindeki metin korundu.' })
  })
})

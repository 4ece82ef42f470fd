import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { convertMarkdown } from '@content-import/convert'
import { Converter } from '@content-import/converter'
import { collectFiles } from '@content-import/files'
import { splitFrontMatter } from '@content-import/markdown/front-matter'
import { FileProblem, readHeader } from '@content-import/parse'
import { tempDir } from '@tests/support/import'

const front = (yaml: string, body = 'Reçete metni.') => `---\n${yaml}\n---\n${body}\n`

/** readHeader's verdict on one file's text: the header, or the problem an editor would read. */
function header(source: string, name = 'dosya.md') {
  const dir = tempDir()
  const file = path.join(dir, name)
  writeFileSync(file, source)
  try {
    return { ok: readHeader({ path: file, label: name }) }
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error
    return { problem: error.message, line: error.line }
  }
}

describe('front matter a careless or hostile file may bring', () => {
  it('question_id / choice_id must be numbers the site serves: 1 to 999.999, exactly as written', () => {
    expect(header(front('title: x\nquestion_id: 9007199254740993\nchoice_id: 1')).problem).toBe(
      'question_id 1 ile 999.999 arasında bir tam sayı olmalı; 9007199254740993 okundu.',
    )
    expect(header(front('title: x\nquestion_id: 99999999999999999999\nchoice_id: 1')).problem).toContain(
      '99999999999999999999 okundu',
    )
    expect(header(front('title: x\nquestion_id: 1000000\nchoice_id: 1')).problem).toContain('1000000 okundu')
    expect(header(front('title: x\nquestion_id: 16\nchoice_id: 1000000')).problem).toContain('choice_id 1 ile 999.999')
    expect(header(front('title: x\nquestion_id: 999999\nchoice_id: "2"')).ok).toMatchObject({
      questionNumber: 999_999,
      choiceNumber: 2,
    })
  })

  it('a YAML alias bomb is refused at once with a Turkish message, not expanded', () => {
    let yaml = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i)
      yaml += `${name}: &${name} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]\n`
    }
    const started = performance.now()
    const result = header(front(`${yaml}title: x\nquestion_id: 4\nchoice_id: 1`))
    expect(result.problem).toContain('çok fazla YAML takma adı')
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('a front matter of more than 8 KB is refused, and so is a file of more than 256 KB, before it is parsed', () => {
    expect(splitFrontMatter(front(`title: "${'a'.repeat(9000)}"\nquestion_id: 1`)).error?.message).toContain('çok uzun')
    const big = header(front('title: x\nquestion_id: 5\nchoice_id: 1', 'lorem ipsum dolor\n'.repeat(20_000)))
    expect(big.problem).toMatch(/^Dosya çok büyük \(352 KB\): bir reçete dosyası en fazla 256 KB olabilir/)
  })

  it('values are quoted short and with control characters made visible', () => {
    const result = header(front(`title: x\nquestion_id: "\u001b[31m${'9'.repeat(100)}"\nchoice_id: 1`))
    expect(result.problem).toContain('\\u001b[31m')
    expect(result.problem).not.toContain('\u001b')
    expect(result.problem!.length).toBeLessThan(140)
  })
})

describe('the folder walk', () => {
  const dir = tempDir()
  writeFileSync(path.join(dir, 'iyi.md'), front('title: x\nquestion_id: 3\nchoice_id: 1'))
  mkdirSync(path.join(dir, 'alt'))
  writeFileSync(path.join(dir, 'alt', 'ic.md'), front('title: y\nquestion_id: 3\nchoice_id: 2'))
  symlinkSync('..', path.join(dir, 'alt', 'geri'))
  symlinkSync('.', path.join(dir, 'kendisi'))
  symlinkSync('yok.md', path.join(dir, 'kirik.md'))
  symlinkSync('dongu.md', path.join(dir, 'dongu.md'))
  writeFileSync(path.join(dir, 'renkli\u001b[31m.md'), front('title: z\nquestion_id: 3\nchoice_id: 3'))

  it('reads every file once through symbolic-link loops, reports broken links, and names files safely', () => {
    const { files, errors, warnings } = collectFiles([dir])
    expect(files.map((f) => f.label)).toEqual(['alt/ic.md', 'iyi.md', 'renkli\\u001b[31m.md'])
    expect(errors.map((e) => e.file)).toEqual(['dongu.md', 'kirik.md'])
    expect(errors[0].message).toContain('ELOOP')
    expect(warnings.map((w) => w.file).sort()).toEqual(['alt/geri', 'kendisi'])
  })
})

describe('Markdown conversion within bounds', () => {
  it('refuses lists and quotes nested deeper than 16 levels, naming the line, before parsing them', () => {
    const nested = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- madde`).join('\n')
    const started = performance.now()
    const result = convertMarkdown(nested, 4)
    expect(result).toMatchObject({ ok: false, line: 4 + 17, message: expect.stringContaining('çok derin iç içe') })
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(convertMarkdown(`${'- '.repeat(2000)}x`, 0)).toMatchObject({ ok: false, line: 1 })
    expect(convertMarkdown(`${'> '.repeat(5000)}x`, 0)).toMatchObject({ ok: false })
  })

  it('keeps what real advice uses: a few levels of lists, indented code in fences', () => {
    const ok = convertMarkdown(['- bir', '  - iki', '    - üç', '', '```', `${' '.repeat(60)}kod`, '```'].join('\n'), 0)
    expect(ok.ok).toBe(true)
  })

  it('refuses more than 200 links in one advice', () => {
    const links = Array.from({ length: 201 }, (_, i) => `[k${i}](https://example.org/${i})`).join(' ')
    expect(convertMarkdown(links, 0)).toMatchObject({ ok: false, message: expect.stringContaining('201 bağlantı var') })
  })
})

describe('the converter worker', () => {
  // A long but ordinary text: about a second and 100 MB to convert, more than these bounds allow.
  const heavy = 'kelime '.repeat(36_000)

  it('stops a file at its time bound and answers the next file from a fresh worker', async () => {
    const converter = new Converter({ timeoutMs: 200, memoryMb: 512 })
    try {
      expect(await converter.convert(heavy, 0)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^Metin 0,2 saniyede çözümlenemedi/),
      })
      expect((await converter.convert('Sıradaki **dosya**.', 0)).ok).toBe(true)
    } finally {
      await converter.close()
    }
  })

  it('stops a file at its memory bound and answers the next file from a fresh worker', async () => {
    const converter = new Converter({ timeoutMs: 60_000, memoryMb: 16 })
    try {
      expect(await converter.convert(heavy, 0)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^Metni çözümlemek 16 MB'tan fazla bellek/),
      })
      expect((await converter.convert('Sıradaki **dosya**.', 0)).ok).toBe(true)
    } finally {
      await converter.close()
    }
  })
})

describe('what makes the Markdown parser slow, refused before it runs', () => {
  it('more than 5,000 lines, or more than 2,000 emphasis marks (their cost grows with the square)', () => {
    expect(convertMarkdown('a\n\n'.repeat(3000), 0)).toMatchObject({
      ok: false,
      message: expect.stringContaining('6.001 satır'),
    })
    expect(convertMarkdown('a*'.repeat(2001), 0)).toMatchObject({
      ok: false,
      message: expect.stringContaining('2.001 yıldız'),
    })
    expect(convertMarkdown('**kalın** ve _eğik_ '.repeat(100), 0).ok).toBe(true)
  })
})

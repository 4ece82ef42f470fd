import { SaxesParser, type SaxesTagNS } from 'saxes'

import type { Inline } from '@/rich-text/segments'
import { formatNumber, limits } from '@/shared/limits'
import { noteCategory, xliffNamespace } from '@content-import/xliff/write-xliff'

/**
 * Reads an XLIFF 2.0 file back (docs/kullanim/xliff.md): its languages, its `<file>`s with
 * their notes, and each unit's fingerprint, source and target as content of
 * src/rich-text/segments.ts. The parser (saxes) never reads a DTD or resolves an entity other
 * than XML's five and character references; a file with a DOCTYPE is refused before it is
 * parsed. Anything the file should not hold is an XliffProblem with a Turkish message.
 */
export class XliffProblem extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message)
  }
}

export type ReadUnit = {
  id: string
  /** False for `translate="no"` (on the unit or its `<file>`): context, never imported. */
  translate: boolean
  fingerprint: string | null
  source: Inline[]
  target: Inline[] | null
  state: string | null
}
export type ReadDocument = {
  id: string
  original: string
  notes: Record<string, string>
  units: ReadUnit[]
  translate: boolean
}
export type ReadXliff = { sourceLanguage: string; targetLanguage: string; documents: ReadDocument[] }

const bounds = limits.import.xliff

/** Whether text looks like XLIFF (the import recognises the format from the content, not the name). */
export const looksLikeXliff = (head: string) =>
  /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:\w+:)?xliff\b/.test(head)

type Open = { name: string; inline?: Inline[] }

export function readXliff(text: string): ReadXliff {
  const bytes = Buffer.byteLength(text)
  if (bytes > bounds.fileBytes)
    throw new XliffProblem(
      `Dosya çok büyük (${formatNumber(Math.ceil(bytes / 1024))} KB; en çok ${formatNumber(bounds.fileBytes / 1024)} KB). Dışa aktarımı daha küçük parçalara bölün (ör. soru başına bir dosya, dışa aktarımın yazdığı gibi).`,
    )
  // Refused before parsing: a DTD may declare entities, and an external one names a file or address.
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(text)
  if (doctype)
    throw new XliffProblem(
      'Dosyada bir DOCTYPE ya da ENTITY bildirimi var; XLIFF dosyaları bunları içermez ve güvenlik için hiç okunmaz. Dosyayı çeviri aracınızdan yeniden dışa aktarın ya da bildirimi silin.',
      text.slice(0, doctype.index).split('\n').length,
    )

  const parser = new SaxesParser({ xmlns: true, position: true })
  const result: ReadXliff = { sourceLanguage: '', targetLanguage: '', documents: [] }
  const stack: Open[] = []
  let document: ReadDocument | null = null
  let unit: ReadUnit | null = null
  let note: { category: string; text: string; forUnit: boolean } | null = null
  let segmentState: string | null = null
  let units = 0
  let codes = 0
  const fail = (message: string): never => {
    throw new XliffProblem(message, parser.line)
  }

  /** The inline list text and codes go to, inside a `<source>` or `<target>`. */
  const inlineTarget = () => stack.at(-1)?.inline

  parser.on('doctype', () => fail('Dosyada bir DOCTYPE bildirimi var; güvenlik için okunmadı.'))
  parser.on('opentag', (tag: SaxesTagNS) => {
    const name = tag.local
    const attribute = (local: string, uri = '') => {
      const found = Object.values(tag.attributes).find((a) => a.local === local && a.uri === uri)
      return found?.value
    }
    if (stack.length > bounds.depth) fail(`Öğeler çok derin iç içe (en çok ${bounds.depth} düzey).`)
    const parent = stack.at(-1)
    if (stack.length === 0) {
      if (name !== 'xliff') fail(`Bu bir XLIFF dosyası değil: kök öğe <${tag.name}>.`)
      if (tag.uri !== xliffNamespace || attribute('version') !== '2.0')
        fail(
          `Yalnızca XLIFF 2.0 okunur; bu dosya ${attribute('version') ?? 'bilinmeyen bir sürüm'}. Çeviri aracınızda XLIFF 2.0 olarak kaydedin.`,
        )
      result.sourceLanguage = attribute('srcLang') ?? ''
      result.targetLanguage = attribute('trgLang') ?? ''
      stack.push({ name })
      return
    }
    const inline = parent?.inline
    if (inline) {
      if (tag.uri !== xliffNamespace) fail(`Metnin içinde tanınmayan bir öğe var: <${tag.name}>.`)
      if (++codes > bounds.codes) fail(`Dosyada çok fazla satır içi kod var (en çok ${formatNumber(bounds.codes)}).`)
      const id = attribute('id')
      if (name === 'mrk') {
        // An annotation a translator's tool added: its text counts, the mark does not.
        stack.push({ name, inline })
        return
      }
      if (name !== 'pc' && name !== 'ph')
        fail(
          `Birim ${unit?.id ?? '?'}: <${name}> kodu desteklenmiyor; biçim kodları <pc> ve <ph> olarak kalmalı (çeviri aracınızda kodları silmeden ya da bölmeden çevirin).`,
        )
      if (!id) fail(`Birim ${unit?.id ?? '?'}: kimliği (id) olmayan bir <${name}> kodu var.`)
      if (name === 'ph' && attribute('subType') === 'xlf:lb') {
        inline.push({ kind: 'break' })
        stack.push({ name })
        return
      }
      const span: Inline = { kind: 'span', code: id!, children: [] }
      inline.push(span)
      stack.push({ name, inline: name === 'pc' ? span.children : undefined })
      return
    }
    if (tag.uri !== xliffNamespace) {
      // Modules and extensions (metadata, matches, a tool's own): kept out of the way.
      stack.push({ name: `other:${name}` })
      return
    }
    const inOther = stack.some((open) => open.name.startsWith('other:'))
    if (inOther) {
      stack.push({ name: `other:${name}` })
      return
    }
    if (name === 'file') {
      if (result.documents.length >= bounds.documents)
        fail(`Dosyada çok fazla belge (<file>) var (en çok ${formatNumber(bounds.documents)}).`)
      document = {
        id: attribute('id') ?? '',
        original: attribute('original') ?? '',
        notes: {},
        units: [],
        translate: attribute('translate') !== 'no',
      }
      result.documents.push(document)
    } else if (name === 'unit') {
      if (!document) fail('<unit> bir <file> dışında.')
      if (++units > bounds.units) fail(`Dosyada çok fazla birim (<unit>) var (en çok ${formatNumber(bounds.units)}).`)
      // XLIFF 2.0: `translate` is inherited from the file unless the unit says otherwise.
      const translate = attribute('translate')
      unit = {
        id: attribute('id') ?? '',
        translate: translate ? translate !== 'no' : document!.translate,
        fingerprint: null,
        source: [],
        target: null,
        state: null,
      }
      document!.units.push(unit)
    } else if (name === 'segment') {
      if (unit && (unit.source.length || unit.target))
        fail(
          `Birim ${unit.id} birden fazla parçaya (segment) bölünmüş; birimleri çeviri aracınızda birleştirip yeniden kaydedin.`,
        )
      segmentState = attribute('state') ?? null
    } else if (name === 'note') {
      note = { category: attribute('category') ?? '', text: '', forUnit: Boolean(unit) }
    } else if (name === 'source' && unit) {
      stack.push({ name, inline: unit.source })
      return
    } else if (name === 'target' && unit) {
      unit.target = []
      unit.state = segmentState
      stack.push({ name, inline: unit.target })
      return
    }
    stack.push({ name })
  })
  parser.on('text', (value) => {
    const inline = inlineTarget()
    if (inline) {
      const last = inline.at(-1)
      if (last?.kind === 'text') last.text += value
      else inline.push({ kind: 'text', text: value })
    } else if (note) note.text += value
    else if (value.trim() !== '' && stack.length > 0 && !stack.at(-1)!.name.startsWith('other:'))
      fail(`<${stack.at(-1)!.name}> içinde beklenmeyen metin: "${value.trim().slice(0, 40)}".`)
  })
  parser.on('cdata', (value) => {
    const inline = inlineTarget()
    if (inline) inline.push({ kind: 'text', text: value })
    else if (note) note.text += value
  })
  parser.on('closetag', (tag: SaxesTagNS) => {
    stack.pop()
    if (tag.uri !== xliffNamespace) return
    if (tag.local === 'note' && note) {
      if (note.forUnit && unit && note.category === noteCategory.fingerprint) unit.fingerprint = note.text.trim()
      else if (!note.forUnit && document && note.category) document.notes[note.category] = note.text.trim()
      note = null
    } else if (tag.local === 'unit') unit = null
    else if (tag.local === 'file') document = null
  })
  // The first error ends the reading: what follows a broken tag means nothing.
  parser.on('error', (e) => {
    throw new XliffProblem(`XML geçerli değil: ${xmlErrorText(e.message)}`, parser.line)
  })
  try {
    parser.write(text).close()
  } catch (e) {
    if (e instanceof XliffProblem) throw e
    throw new XliffProblem(`XML geçerli değil: ${xmlErrorText((e as Error).message)}`, parser.line)
  }
  if (!result.sourceLanguage) fail('Bu bir XLIFF dosyası değil.')
  return result
}

/** saxes explains in English, with its own position prefix: the line is reported apart. */
function xmlErrorText(message: string): string {
  const text = message.replace(/^[^:]*:\d+:\d+: /, '')
  if (/undefined entity/i.test(text)) return `tanımsız bir varlık (entity) kullanılmış (${text}).`
  if (/unclosed tag|unexpected end/i.test(text)) return `bir öğe kapatılmamış ya da dosya yarıda kesilmiş (${text}).`
  return text
}

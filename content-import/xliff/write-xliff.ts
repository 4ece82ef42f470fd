import { BOLD, CODE, ITALIC, STRIKETHROUGH, SUBSCRIPT, SUPERSCRIPT, UNDERLINE } from '@/rich-text/node'
import type { Code, Inline, Unit } from '@/rich-text/segments'

/**
 * XLIFF 2.0 as this project writes it (docs/kullanim/xliff.md): one `<file>` per document, one
 * `<unit>` per unit of src/rich-text/segments.ts with one `<segment>`. Formatting and links are
 * inline codes: `<pc>` around the text they apply to, `<ph>` for a line break, the link target in
 * the Format Style module's `fs:subFs` attribute (a translator's tool shows it, never as text to
 * translate). Each unit carries its Turkish fingerprint in a note, each file its document, and a
 * unit to translate the translation memory's best matches in the Translation Candidates module
 * (`<mtc:matches>`, the first of the unit's children as the core schema orders them).
 */
export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0'
export const formatStyleNamespace = 'urn:oasis:names:tc:xliff:fs:2.0'
export const matchesNamespace = 'urn:oasis:names:tc:xliff:matches:2.0'
/** The id of a unit's one segment when its matches point at it (`ref="#s1"`). */
const segmentId = 's1'

/** Notes' categories this project writes and reads back. */
export const noteCategory = {
  document: 'rota:document',
  title: 'rota:title',
  turkishSource: 'rota:turkish-source',
  translation: 'rota:translation',
  fingerprint: 'rota:turkish-fingerprint',
} as const

export type TargetState = 'initial' | 'translated' | 'reviewed' | 'final'

/**
 * A translation candidate: a remembered Turkish paragraph and its translation (plain text, as
 * the memory keeps them), `score` its similarity to the unit's Turkish in whole percent, `origin`
 * the document it was published in.
 */
export type XliffMatch = { source: string; target: string; score: number; origin: string }

/** `translate: false`: context a translator sees but does not translate (XLIFF's `translate="no"`). */
export type XliffUnit = {
  unit: Unit
  target: Inline[] | null
  state: TargetState | null
  translate: boolean
  matches?: XliffMatch[]
  /** The target is the memory's 100 % match, not a translation made in the CMS. */
  prefilled?: boolean
}
export type XliffDocument = {
  /** `<collection>/<id>`, the `original` of its `<file>`. */
  original: string
  title: string
  /** The hash of the published Turkish the translation is made from (translation states). */
  turkishSource: string | null
  /** A fingerprint of the translation when exported: an editor's change since is a conflict. */
  translation: string
  units: XliffUnit[]
}

const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
const escapeAttribute = (text: string) =>
  text.replace(
    /[&<>"\n\r\t]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' })[c]!,
  )

/** Format bits as XLIFF's subType where it has one, and the HTML element the Format Style module names. */
const formatCodes: Record<number, { subType?: string; fs: string }> = {
  [BOLD]: { subType: 'xlf:b', fs: 'b' },
  [ITALIC]: { subType: 'xlf:i', fs: 'i' },
  [UNDERLINE]: { subType: 'xlf:u', fs: 'u' },
  [STRIKETHROUGH]: { fs: 's' },
  [CODE]: { fs: 'code' },
  [SUBSCRIPT]: { fs: 'sub' },
  [SUPERSCRIPT]: { fs: 'sup' },
}

/** `fs:subFs` is comma separated; a comma or backslash in a value is escaped with a backslash. */
const subFs = (name: string, value: string) => `${name},${value.replace(/[\\,]/g, (c) => `\\${c}`)}`

function codeAttributes(id: string, code: Code | undefined): string {
  const attributes: Array<[string, string]> = [['id', id]]
  if (code?.kind === 'format') {
    const format = formatCodes[code.format]
    attributes.push(['type', 'fmt'], ...(format?.subType ? [['subType', format.subType] as [string, string]] : []))
    if (format) attributes.push(['fs:fs', format.fs])
  } else if (code?.kind === 'link') {
    attributes.push(['type', 'link'], ['fs:fs', 'a'], ['fs:subFs', subFs('href', code.url)])
  } else attributes.push(['type', 'other'])
  return attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')
}

/** A unit's content as XLIFF inline markup (the codes are the source's: a target uses the same). */
export function inlineXml(content: Inline[], codes: Map<string, Code>, breaks = { next: 0 }): string {
  return content
    .map((inline) => {
      if (inline.kind === 'text') return escapeText(inline.text)
      if (inline.kind === 'break') return `<ph id="b${++breaks.next}" type="fmt" subType="xlf:lb" fs:fs="br"/>`
      const code = codes.get(inline.code)
      if (code?.kind === 'leaf') return `<ph${codeAttributes(inline.code, code)}/>`
      return `<pc${codeAttributes(inline.code, code)}>${inlineXml(inline.children, codes, breaks)}</pc>`
    })
    .join('')
}

const note = (category: string, text: string) => `<note category="${category}">${escapeText(text)}</note>`

/**
 * `similarity` is what the score measures (the Turkish texts' likeness); `matchQuality`, the
 * candidate translation's quality, is given the same figure because tools sort and colour
 * candidates by it, and a published translation is taken as good as its Turkish is alike.
 */
const matchXml = (match: XliffMatch) =>
  `<mtc:match ref="#${segmentId}" similarity="${match.score}" matchQuality="${match.score}" origin="${escapeAttribute(match.origin)}">` +
  `<source>${escapeText(match.source)}</source><target>${escapeText(match.target)}</target></mtc:match>`

function unitXml({ unit, target, state, translate, matches = [] }: XliffUnit): string {
  const source = `<source>${inlineXml(unit.content, unit.codes)}</source>`
  const translated = target ? `<target>${inlineXml(target, unit.codes)}</target>` : ''
  // The segment is named only when candidates point at it.
  const segmentAttributes = (matches.length ? ` id="${segmentId}"` : '') + (target && state ? ` state="${state}"` : '')
  return [
    `    <unit id="${escapeAttribute(unit.id)}" name="${unit.kind}"${translate ? '' : ' translate="no"'}>`,
    ...(matches.length ? [`      <mtc:matches>${matches.map(matchXml).join('')}</mtc:matches>`] : []),
    `      <notes>${note(noteCategory.fingerprint, unit.fingerprint)}</notes>`,
    `      <segment${segmentAttributes}>${source}${translated}</segment>`,
    `    </unit>`,
  ].join('\n')
}

/** File ids are NMTOKENs: the document's collection and id. */
export const fileId = (original: string) => original.replace(/[^A-Za-z0-9._-]/g, '_')

function fileXml(document: XliffDocument): string {
  const notes = [
    note(noteCategory.document, document.original),
    note(noteCategory.title, document.title),
    ...(document.turkishSource ? [note(noteCategory.turkishSource, document.turkishSource)] : []),
    note(noteCategory.translation, document.translation),
  ]
  return [
    `  <file id="${escapeAttribute(fileId(document.original))}" original="${escapeAttribute(document.original)}" xml:space="preserve">`,
    `    <notes>${notes.join('')}</notes>`,
    ...document.units.map(unitXml),
    `  </file>`,
  ].join('\n')
}

/** An XLIFF 2.0 file from Turkish into `targetLanguage`. */
export function xliffFile(targetLanguage: string, documents: XliffDocument[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${xliffNamespace}" xmlns:fs="${formatStyleNamespace}" xmlns:mtc="${matchesNamespace}" version="2.0" srcLang="tr" trgLang="${escapeAttribute(targetLanguage)}">`,
    ...documents.map(fileXml),
    '</xliff>',
    '',
  ].join('\n')
}

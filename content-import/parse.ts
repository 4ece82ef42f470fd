import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { firstInvisibleCharacter, invisibleCharacterMessage } from '@/shared/text/invisible-characters'
import { formatNumber, inRange, limits } from '@/shared/limits'
import { contentExtensions, type SourceFile } from '@content-import/files'
import { splitFrontMatter } from '@content-import/markdown/front-matter'
import type { Problem } from '@content-import/report'
import { showValue } from '@content-import/visible-text'

/** What the front matter says, read cheaply so unchanged files need no Markdown conversion. */
export type SourceHeader = {
  file: SourceFile
  kind: 'advice' | 'question'
  questionNumber: number
  choiceNumber: number | null
  title: string
  area: string | null
  /** `sample: true` in a question file: a question written to show how ROTA works, marked so on the site. */
  sample: boolean
  markdown: string
  bodyStartLine: number
  /** Hash of what the file says (not how it is encoded: BOM and CRLF do not count). */
  sourceHash: string
  /**
   * `turkish_source` in a file the export wrote for translators: by collection, the Turkish
   * text (its hash) each translated document was exported from.
   */
  turkishSource: Record<string, string>
  warnings: Problem[]
}

export class FileProblem extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message)
  }
}

const knownKeys = new Set(['title', 'question_id', 'choice_id', 'area', 'sample', 'turkish_source'])

/** Where the export records which Turkish text a translation was made from. */
export const turkishSourceKey = 'turkish_source'
const sourceCollections = ['questions', 'choices', 'advice']

/** `turkish_source: { advice: <sha256>, … }`, or a warning naming what is wrong with it. */
function readTurkishSource(value: unknown): { source: Record<string, string>; problem: string | null } {
  if (value === undefined || value === null) return { source: {}, problem: null }
  const entries = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : null
  if (
    !entries ||
    !entries.every(([key, hash]) => sourceCollections.includes(key) && /^[0-9a-f]{64}$/.test(String(hash)))
  )
    return {
      source: {},
      problem: `${turkishSourceKey} dışa aktarımın yazdığı biçimde değil; yok sayıldı (çeviri, kaydedildiği andaki Türkçe metne göre güncel sayılır).`,
    }
  return { source: Object.fromEntries(entries.map(([key, hash]) => [key, String(hash)])), problem: null }
}

/** A question or choice number in the range the site serves, written as a number or a numeric string ("3"). */
function readId(value: unknown): number | null {
  const text =
    typeof value === 'number' || typeof value === 'bigint'
      ? String(value)
      : typeof value === 'string'
        ? value.trim()
        : ''
  const number = /^[1-9]\d{0,15}$/.test(text) ? Number(text) : NaN
  return inRange(number, limits.contentNumber) ? number : null
}

const idRange = `${formatNumber(limits.contentNumber.min)} ile ${formatNumber(limits.contentNumber.max)} arasında bir tam sayı`

/** The file's text, refused before it is read when it is larger than any advice could be. */
function readBounded(file: SourceFile): string {
  let size: number
  try {
    size = statSync(file.path).size
  } catch (error) {
    throw new FileProblem(
      `Dosya okunamadı (${(error as NodeJS.ErrnoException).code ?? 'hata'}). Dosyanın var olduğunu ve okunabildiğini kontrol edin.`,
    )
  }
  if (size > limits.import.fileBytes) {
    throw new FileProblem(
      `Dosya çok büyük (${formatNumber(Math.round(size / 1024))} KB): bir reçete dosyası en fazla ${formatNumber(limits.import.fileBytes / 1024)} KB olabilir. Dosyanın gerçekten bir reçete olduğunu kontrol edin ya da metni bölün.`,
    )
  }
  try {
    return readFileSync(file.path, 'utf8')
  } catch (error) {
    throw new FileProblem(
      `Dosya okunamadı (${(error as NodeJS.ErrnoException).code ?? 'hata'}). Dosyanın var olduğunu ve okunabildiğini kontrol edin.`,
    )
  }
}

/**
 * A title-like value (the question's text, the choice's label, the area's name, a link text
 * that becomes a resource's title) with a bidi control or an invisible character is refused
 * as the CMS refuses it (src/shared/text/invisible-characters.ts): the documents are written
 * straight through the database adapter, past the collections' hooks.
 */
export function refuseInvisible(field: string, text: string): void {
  const found = firstInvisibleCharacter(text)
  if (found) throw new FileProblem(invisibleCharacterMessage(field, found, 'tr'))
}

/** Reads one file and checks its front matter; throws FileProblem for a file that cannot be imported. */
export function readHeader(file: SourceFile): SourceHeader {
  if (!contentExtensions.includes(path.extname(file.path).toLowerCase())) {
    throw new FileProblem(
      `Desteklenmeyen dosya türü: yalnızca ${contentExtensions.join(', ')} uzantılı dosyalar içe aktarılır.`,
    )
  }
  const source = readBounded(file)
  const split = splitFrontMatter(source)
  if (split.error) {
    throw new FileProblem(split.error.message, split.error.line)
  }
  if (!split.data) {
    throw new FileProblem(
      'Ön bilgi (front matter) yok: dosya "---" satırıyla başlamalı ve title, question_id, choice_id alanlarını içermeli.',
      1,
    )
  }
  const data = split.data
  const warnings: Problem[] = Object.keys(data)
    .filter((key) => !knownKeys.has(key))
    .map((key) => ({ file: file.label, line: null, message: `Bilinmeyen ön bilgi alanı "${key}" yok sayıldı.` }))

  if (data.question_id === undefined || data.question_id === null) {
    throw new FileProblem('question_id eksik: sorunun numarasını yazın (ör. question_id: 16).')
  }
  const questionNumber = readId(data.question_id)
  if (questionNumber === null)
    throw new FileProblem(`question_id ${idRange} olmalı; ${showValue(data.question_id)} okundu.`)
  const hasChoice = data.choice_id !== undefined && data.choice_id !== null
  const choiceNumber = hasChoice ? readId(data.choice_id) : null
  if (hasChoice && choiceNumber === null)
    throw new FileProblem(`choice_id ${idRange} olmalı; ${showValue(data.choice_id)} okundu.`)
  const title = ['string', 'number', 'bigint'].includes(typeof data.title) ? String(data.title).trim() : ''
  if (!title)
    throw new FileProblem(hasChoice ? 'title eksik: seçeneğin metnini yazın.' : 'title eksik: sorunun metnini yazın.')
  const markdown = split.body
  if (hasChoice && !markdown.trim()) {
    throw new FileProblem('Reçete metni boş: ön bilginin altına tavsiye metnini yazın.', split.bodyStartLine)
  }
  const area = typeof data.area === 'string' && data.area.trim() ? data.area.trim() : null
  refuseInvisible('title', title)
  if (area) refuseInvisible('area', area)
  const sample = !hasChoice && data.sample === true
  const turkishSource = readTurkishSource(data[turkishSourceKey])
  if (turkishSource.problem) warnings.push({ file: file.label, line: null, message: turkishSource.problem })
  const sourceHash = createHash('sha256')
    .update(JSON.stringify([questionNumber, choiceNumber, title, area, markdown.trim(), ...(sample ? [true] : [])]))
    .digest('hex')
  return {
    file,
    kind: hasChoice ? 'advice' : 'question',
    questionNumber,
    choiceNumber,
    title,
    area,
    sample,
    markdown,
    bodyStartLine: split.bodyStartLine,
    sourceHash,
    turkishSource: turkishSource.source,
    warnings,
  }
}

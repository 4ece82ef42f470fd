import type { SerializedEditorState } from 'lexical'

import { formatNumber, limits } from '@/shared/limits'
import { richTextShapeProblem } from '@/rich-text/bounds'
import { markdownToLexical, type MarkdownLink, type MarkdownWarning } from '@content-import/markdown/to-lexical'
import type { Problem } from '@content-import/report'

/**
 * A file's body as the editor's rich text, with its links (each becomes a resource) and what
 * could not be carried over.
 */
export type ConvertedBody = { body: SerializedEditorState | null; links: MarkdownLink[]; warnings: Problem[] }

export type Converted = { ok: true; body: SerializedEditorState; links: MarkdownLink[]; warnings: MarkdownWarning[] }
export type NotConverted = { ok: false; line: number | null; message: string }

const listMarker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/
const fence = /^ {0,3}(`{3,}|~{3,})/

/**
 * The first line that opens lists and quotes deeper than `limits.import.nesting`, estimated
 * from its start: each `>` and list marker is a level, and so is every two columns of
 * indentation (a nested list item needs at least two). Lines inside fenced code are not
 * Markdown structure and are skipped. The parser's time grows with the square of the
 * nesting, so this is read before it runs.
 */
function firstTooDeepLine(markdown: string): number | null {
  let inFence: string | null = null
  const lines = markdown.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const marker = fence.exec(line)?.[1]
    if (marker && inFence === null) {
      inFence = marker
      continue
    }
    if (marker && inFence !== null && marker[0] === inFence[0] && marker.length >= inFence.length) {
      inFence = null
      continue
    }
    if (inFence !== null) continue
    let depth = 0
    let rest = line
    for (;;) {
      const indent = /^[ \t]*/.exec(rest)![0]
      depth += Math.floor(indent.replace(/\t/g, '    ').length / 2)
      rest = rest.slice(indent.length)
      const container = rest.startsWith('>') ? '>' : listMarker.exec(rest)?.[0]
      if (!container || depth > limits.import.nesting) break
      depth++
      rest = rest.slice(container.length)
    }
    if (depth > limits.import.nesting) return index + 1
  }
  return null
}

/**
 * Converts one file's Markdown body to the editor's rich text, within the bounds the
 * collections accept (see src/shared/limits.ts): a text they would refuse is refused here,
 * naming the line, before anything is written. `lineOffset` is the number of file lines
 * above the body.
 */
export function convertMarkdown(markdown: string, lineOffset: number): Converted | NotConverted {
  const lines = markdown.split('\n').length
  if (lines > limits.import.lines) {
    return {
      ok: false,
      line: null,
      message: `Metin ${formatNumber(lines)} satır; bir reçete en fazla ${formatNumber(limits.import.lines)} satır olabilir. Metni bölün.`,
    }
  }
  const marks = markdown.match(/[*_]/g)?.length ?? 0
  if (marks > limits.import.emphasisMarks) {
    return {
      ok: false,
      line: null,
      message: `Metinde ${formatNumber(marks)} yıldız (*) ya da alt çizgi (_) var; en fazla ${formatNumber(limits.import.emphasisMarks)} olabilir. Vurguları azaltın ya da metni bölün.`,
    }
  }
  const tooDeep = firstTooDeepLine(markdown)
  if (tooDeep !== null) {
    return {
      ok: false,
      line: tooDeep + lineOffset,
      message: `Liste ya da alıntı çok derin iç içe (en fazla ${limits.import.nesting} düzey): düzeyleri azaltın ya da satır başındaki girintiyi kısaltın.`,
    }
  }
  const converted = markdownToLexical(markdown, { lineOffset })
  if (converted.links.length > limits.import.links) {
    return {
      ok: false,
      line: null,
      message: `Metinde ${formatNumber(converted.links.length)} bağlantı var; bir reçetede en fazla ${formatNumber(limits.import.links)} bağlantı olabilir. Bağlantıların bir kısmını çıkarın ya da metni bölün.`,
    }
  }
  const shape = richTextShapeProblem(converted.editorState)
  if (shape) {
    return {
      ok: false,
      line: null,
      message:
        shape === 'richTextTooDeep'
          ? 'Metin, editörün gösterebileceğinden daha derin iç içe: listeleri ve alıntıları sadeleştirin.'
          : `Metin çok uzun ya da çok parçalı (en fazla ${formatNumber(limits.richTextNodes)} öğe): metni bölün.`,
    }
  }
  return { ok: true, body: converted.editorState, links: converted.links, warnings: converted.warnings }
}

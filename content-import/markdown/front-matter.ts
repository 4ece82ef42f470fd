import { parseDocument } from 'yaml'

export type FrontMatterError = { line: number | null; message: string }
export type FrontMatterResult = {
  /** The parsed mapping; null when the file has no front matter or it could not be read. */
  data: Record<string, unknown> | null
  /** The Markdown after the front matter, with LF line endings and no byte-order mark. */
  body: string
  /** The file line (1-based) the body starts on: pass `bodyStartLine - 1` as markdownToLexical's lineOffset. */
  bodyStartLine: number
  error?: FrontMatterError
}

const OPENING = /^---[ \t]*$/
/** YAML's own document markers: `---` as the advice files use, or `...` (end of document). */
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/

/**
 * Splits an advice file into its YAML front matter and Markdown body. The front matter must start on the
 * first line; a file without it is all body. Lines in errors are lines of the file, not of the YAML.
 */
export function splitFrontMatter(source: string): FrontMatterResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const lines = text.split('\n')
  if (!OPENING.test(lines[0])) return { data: null, body: text, bodyStartLine: 1 }

  const closing = lines.findIndex((line, index) => index > 0 && CLOSING.test(line))
  if (closing === -1) {
    return {
      data: null,
      body: text,
      bodyStartLine: 1,
      error: { line: 1, message: "front matter is not closed by a line '---'" },
    }
  }
  const body = lines.slice(closing + 1).join('\n')
  const bodyStartLine = closing + 2
  const fail = (line: number | null, message: string): FrontMatterResult => ({
    data: null,
    body,
    bodyStartLine,
    error: { line, message },
  })

  const document = parseDocument(lines.slice(1, closing).join('\n'))
  const [first] = document.errors
  if (first) {
    const yamlLine = first.linePos?.[0].line
    // The yaml package names lines of the YAML text and appends a code frame; the file line replaces both.
    const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    return fail(yamlLine === undefined ? null : yamlLine + 1, `front matter is not valid YAML: ${message}`)
  }
  const data: unknown = document.toJS() ?? {}
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const found = Array.isArray(data) ? 'a list' : `the value ${JSON.stringify(data)}`
    return fail(2, `front matter must be a YAML mapping of keys to values, found ${found}`)
  }
  return { data: data as Record<string, unknown>, body, bodyStartLine }
}

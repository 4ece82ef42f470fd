import { parseDocument, type YAMLError } from 'yaml'

import { formatNumber, limits } from '@/shared/limits'
import { showValue } from '@content-import/visible-text'

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

/** The yaml package's error codes in words an editor can act on (its own messages are English). */
const yamlProblems: Partial<Record<YAMLError['code'], string>> & { default: string } = {
  BLOCK_AS_IMPLICIT_KEY:
    'bir değerin içinde ": " (iki nokta ve boşluk) var ya da satır fazladan girintili. Başlıkta ": " varsa başlığı tırnak içine alın: title: "Evet: bazen".',
  MULTILINE_IMPLICIT_KEY:
    'bir satır "alan: değer" biçiminde değil ya da fazladan girintili. Her alanı satır başından "alan: değer" diye yazın.',
  MISSING_CHAR: 'kapanmamış bir tırnak ya da eksik bir işaret var. Açtığınız tırnağı aynı satırda kapatın.',
  DUPLICATE_KEY: 'aynı alan iki kez yazılmış. Fazla olan satırı silin.',
  TAB_AS_INDENT: 'satır başında sekme (Tab) var. Sekmeyi silin ya da yerine boşluk yazın.',
  BAD_INDENT:
    'girinti hatalı ya da açılan bir parantez ([ veya {) kapanmamış. Parantezi kapatın ya da değeri tırnak içine alın.',
  UNEXPECTED_TOKEN:
    'beklenmeyen bir karakter var (örneğin tek tırnaklı bir değerin içinde tek tırnak). Değeri çift tırnak içine alın: title: "Örgüt\'ün amacı".',
  BAD_DQ_ESCAPE:
    'çift tırnaklı değerde geçersiz bir ters bölü (\\) var. Ters bölüyü silin ya da değeri tek tırnak içine alın.',
  BAD_SCALAR_START: "değer YAML'da özel anlamı olan bir karakterle (@, `, % gibi) başlıyor. Değeri tırnak içine alın.",
  default: 'yazımında bir hata var. Girintileri, tırnakları ve "alan: değer" yazımını kontrol edin.',
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
      error: {
        line: 1,
        message:
          "Ön bilgi (front matter) '---' satırıyla kapatılmamış: ön bilginin sonuna tek başına '---' içeren bir satır ekleyin.",
      },
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

  const yaml = lines.slice(1, closing).join('\n')
  if (Buffer.byteLength(yaml) > limits.import.frontMatterBytes) {
    return fail(
      2,
      `Ön bilgi (front matter) çok uzun: en fazla ${formatNumber(limits.import.frontMatterBytes / 1024)} KB olabilir. Ön bilgide yalnızca title, question_id, choice_id (ve soru dosyasında area) satırları bulunmalı; metni kapanış '---' satırının altına yazın.`,
    )
  }
  // Integers as BigInt: a number too large for JavaScript is reported as written, not rounded.
  const document = parseDocument(yaml, { intAsBigInt: true })
  const [first] = document.errors
  if (first) {
    const yamlLine = first.linePos?.[0].line
    return fail(
      yamlLine === undefined ? null : yamlLine + 1,
      `Ön bilgi (front matter) geçerli bir YAML değil: ${yamlProblems[first.code] ?? yamlProblems.default}`,
    )
  }
  let data: unknown
  try {
    // Aliases (*a) expand into copies: a few nested ones make gigabytes ("billion laughs").
    data = document.toJS({ maxAliasCount: limits.import.yamlAliases }) ?? {}
  } catch {
    return fail(
      2,
      'Ön bilgi (front matter) okunamadı: çok fazla YAML takma adı (&, *) ya da çok derin iç içe değer var. Ön bilgiyi "title: …", "question_id: …", "choice_id: …" gibi düz satırlar olarak yazın.',
    )
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const found = Array.isArray(data) ? 'bir liste' : `${showValue(data)} değeri`
    return fail(
      2,
      `Ön bilgi (front matter) "alan: değer" satırlarından oluşmalı, ancak ${found} bulundu: her alanı "title: Başlık" gibi ayrı bir satıra yazın.`,
    )
  }
  // Whole numbers JavaScript holds exactly are numbers again; only larger ones stay BigInt.
  const values = Object.entries(data as Record<string, unknown>).map(([key, value]) => [
    key,
    typeof value === 'bigint' && value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value,
  ])
  return { data: Object.fromEntries(values), body, bodyStartLine }
}

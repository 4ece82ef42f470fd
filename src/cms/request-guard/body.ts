import { limits } from '@/shared/limits'
import { requestMessages } from '@/cms/request-guard/messages'
import { Refused } from '@/cms/refused'

/** How deeply a JSON body may nest: rich text at its deepest, with room to spare. */
const maxJsonDepth = limits.richTextDepth * 2 + 24

/**
 * The request's body, read up to `limits.requestBodyBytes`: a larger one is refused (413)
 * before it is parsed, whatever its Content-Length claims.
 */
export async function readBoundedBody(request: Request): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limits.requestBodyBytes) throw new Refused(requestMessages.bodyTooLarge, 413)
  if (!request.body) return new Uint8Array(new ArrayBuffer(0))
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limits.requestBodyBytes) {
      await reader.cancel()
      throw new Refused(requestMessages.bodyTooLarge, 413)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(new ArrayBuffer(size))
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/**
 * Nesting depth of a JSON text, counted without parsing it (brackets outside strings), so
 * that a body nested 100,000 deep is refused before any recursive code walks it.
 */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth)
    else if (c === 125 || c === 93) depth--
  }
  return deepest
}

/** A JSON object body: refused (400) when it is not JSON, not an object, or nests too deeply. */
export function parseJsonObject(text: string): Record<string, unknown> {
  if (jsonDepth(text) > maxJsonDepth) throw new Refused(requestMessages.bodyTooDeep)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Refused(requestMessages.bodyNotJson)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Refused(requestMessages.bodyNotObject)
  return value as Record<string, unknown>
}

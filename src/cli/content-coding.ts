export type ContentCoding = 'gzip' | 'deflate' | 'identity'

/**
 * The coding a page goes out in for a request's Accept-Encoding: gzip when the client accepts
 * it (a weight above 0, named or through `*`), else deflate, else none. That is the choice
 * Next.js's compression (the `compression` package) makes for what browsers send, and the one
 * without-scripts.ts makes for reading pages. The page copies are kept per coding, three keys,
 * not per header as sent, which a stranger can vary without end; a copy whose answer went out
 * in another coding (an unusual header Next.js weighs otherwise) is not kept at all.
 */
export function acceptedCoding(header: string | string[] | undefined): ContentCoding {
  // Asked for every kept page; browsers send a handful of different headers, so the answer for
  // the last few is remembered (1.5 µs a request otherwise, measured), in a bounded map.
  const key = typeof header === 'string' ? header : (header ?? []).join(',')
  let coding = recent.get(key)
  if (coding) return coding
  coding = parse(key)
  if (recent.size >= 64) recent.clear()
  recent.set(key, coding)
  return coding
}

const recent = new Map<string, ContentCoding>()

function parse(header: string): ContentCoding {
  const weights = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase())
    if (!name) continue
    const q = parameters.find((parameter) => /^q\s*=/.test(parameter))
    const weight = q === undefined ? 1 : Number(q.replace(/^q\s*=\s*/, '')) || 0
    weights.set(name, Math.max(weights.get(name) ?? 0, weight))
  }
  const accepts = (coding: string) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0
  if (accepts('gzip')) return 'gzip'
  if (accepts('deflate')) return 'deflate'
  return 'identity'
}

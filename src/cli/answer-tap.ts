import type { OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/**
 * The one way the server steps into an answer Next.js is writing: serve.ts gives a page the
 * status it asked for, page-copies.ts keeps a copy, without-scripts.ts holds a reading page to
 * rewrite it. Node has no hook for an answer's bytes and Next.js writes to the ServerResponse it
 * is handed, so `writeHead`, `write` and `end` of that one response are replaced and put back.
 * Taps nest: each replaces what it finds (the previous tap's functions, or Node's), passes on to
 * it, and puts it back.
 */

type Args = unknown[]
type Real = {
  writeHead: (...args: Args) => ServerResponse
  write: (...args: Args) => boolean
  end: (...args: Args) => ServerResponse
}

/**
 * A chunk as Node's `write`/`end` receive it (Buffer, string with its encoding, typed array, or
 * nothing: the callback may come in its place), as bytes.
 */
function chunkBytes(chunk: unknown, encoding?: unknown): Buffer | undefined {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return undefined
  if (Buffer.isBuffer(chunk)) return chunk
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  return Buffer.from(chunk as Uint8Array)
}

/** A call's bytes and the callback Node calls once they are out (in the encoding's place or after it). */
function split(args: Args, first: number): { bytes: Buffer | undefined; done: (() => void) | undefined } {
  const [chunk, encoding] = args
  const done = args.slice(first).find((arg) => typeof arg === 'function') as (() => void) | undefined
  return { bytes: chunkBytes(chunk, encoding), done }
}

function tap(
  res: ServerResponse,
  steps: {
    writeHead?: (args: Args, real: Real) => ServerResponse
    write?: (args: Args, real: Real) => boolean
    end?: (args: Args, real: Real) => ServerResponse
  },
): { real: Real; restore: () => void } {
  const own = { writeHead: res.writeHead, write: res.write, end: res.end }
  const real: Real = {
    writeHead: own.writeHead.bind(res) as Real['writeHead'],
    write: own.write.bind(res) as Real['write'],
    end: own.end.bind(res) as Real['end'],
  }
  if (steps.writeHead) res.writeHead = ((...args: Args) => steps.writeHead!(args, real)) as ServerResponse['writeHead']
  if (steps.write) res.write = ((...args: Args) => steps.write!(args, real)) as ServerResponse['write']
  if (steps.end) res.end = ((...args: Args) => steps.end!(args, real)) as ServerResponse['end']
  return { real, restore: () => Object.assign(res, own) }
}

/**
 * The answer's head goes out with the status `status()` gives, where Next.js set 200. Node
 * writes every head, the implicit one of a first write included, through `writeHead`.
 */
export function replaceOkStatus(res: ServerResponse, status: () => number | undefined): void {
  tap(res, {
    writeHead: ([code, ...rest], real) => real.writeHead(code === 200 ? (status() ?? code) : code, ...rest),
  })
}

/**
 * The answer goes out as written, and `finished` gets its status, headers and bytes once it is
 * out, or `null` bytes when it was over `limitBytes` (nothing more is held from then on).
 */
export function copyAnswer(
  res: ServerResponse,
  limitBytes: number,
  finished: (status: number, headers: OutgoingHttpHeaders, body: Buffer | null) => void,
): void {
  const chunks: Buffer[] = []
  let size = 0
  const collect = (args: Args) => {
    if (size > limitBytes) return
    const { bytes } = split(args, 1)
    if (!bytes) return
    size += bytes.length
    if (size <= limitBytes) chunks.push(bytes)
    else chunks.length = 0
  }
  tap(res, {
    write: (args, real) => {
      collect(args)
      return real.write(...args)
    },
    end: (args, real) => {
      collect(args)
      return real.end(...args)
    },
  })
  res.once('finish', () =>
    finished(res.statusCode, { ...res.getHeaders() }, size > limitBytes ? null : Buffer.concat(chunks)),
  )
}

/**
 * The answer's head and bytes are held until its end, when `rewrite` gets them and sends what
 * goes out (headers set on `res` meanwhile still go). Over `limitBytes` before its end, what was
 * held goes out as it came and the rest streams through untouched; from then on Next.js writes to the socket's
 * own `write`, so it waits for 'drain' when the reader is slow. Until then `write` says the
 * bytes are taken: they are in memory, at most `limitBytes`, with nothing to wait for.
 */
export function holdAnswer(
  res: ServerResponse,
  limitBytes: number,
  rewrite: (body: Buffer, send: (bytes: Buffer) => void) => void,
): void {
  const chunks: Buffer[] = []
  let size = 0
  const flushHeaders = res.flushHeaders
  let restore = () => {}
  const putBack = () => {
    restore()
    res.flushHeaders = flushHeaders
  }
  const hold = (bytes: Buffer | undefined) => {
    if (!bytes) return
    chunks.push(bytes)
    size += bytes.length
  }
  ;({ restore } = tap(res, {
    // Headers are held with the body: Next.js sets them, and may flush them, before its first write.
    writeHead: ([status, ...rest]) => {
      res.statusCode = status as number
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as
        OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined
      if (headers && !Array.isArray(headers))
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
      return res
    },
    write: (args, real) => {
      const { bytes, done } = split(args, 1)
      hold(bytes)
      if (size <= limitBytes) {
        done?.()
        return true
      }
      putBack()
      const held = chunks.splice(0)
      return held
        .map((chunk, index) => (index === held.length - 1 ? real.write(chunk, done) : real.write(chunk)))
        .at(-1)!
    },
    end: (args, real) => {
      const { bytes, done } = split(args, 0)
      hold(bytes)
      putBack()
      rewrite(Buffer.concat(chunks), (out) => {
        res.setHeader('Content-Length', out.length)
        res.removeHeader('transfer-encoding')
        real.end(out, done)
      })
      return res
    },
  }))
  res.flushHeaders = () => {}
}

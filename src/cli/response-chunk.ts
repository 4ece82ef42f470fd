/**
 * A chunk as Node's `res.write`/`res.end` receive it (Buffer, string with its encoding, typed
 * array, or nothing: the callback may come in its place), as bytes; for the answers the server
 * holds or copies (page-copies.ts, without-scripts.ts).
 */
export function chunkBytes(chunk: unknown, encoding?: unknown): Buffer | undefined {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return undefined
  if (Buffer.isBuffer(chunk)) return chunk
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  return Buffer.from(chunk as Uint8Array)
}

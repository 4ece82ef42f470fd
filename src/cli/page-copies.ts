import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { inDraftMode } from '@/cli/draft-mode'
import { chunkBytes } from '@/cli/response-chunk'
import { contentGeneration } from '@/shared/content-generation'
import { limits } from '@/shared/limits'
import { isReadingPage, isReportWithAnswers } from '@/shared/routes'

/**
 * Headers that belong to one answer, not to the page: the server sets them afresh for each
 * request (serve.ts) and a copy must not bring back the first one's. A kept X-Accel-Expires,
 * already past, made the caching proxy treat every copy as expired and refresh it on every
 * request (bench:proxy: 36,000 instead of about 55,000 req/s); a kept request id named the
 * wrong request in the logs.
 */
const perAnswer = [
  'content-length',
  'transfer-encoding',
  'date',
  'connection',
  'keep-alive',
  'x-request-id',
  'x-accel-expires',
  'strict-transport-security',
]

type Entry = { generation: number; storedAt: number; status: number; headers: OutgoingHttpHeaders; body: Buffer }

/**
 * The pages kept: reports with answers and reading pages (see isReadingPage), which both depend
 * on their address and the published content only.
 */
export const keptPage = (url: string): boolean => isReportWithAnswers(url) || isReadingPage(url.split('?')[0])

/**
 * Rendered pages, byte for byte as they left the server, in front of Next.js. Next.js keeps
 * them too, but serving its copy costs more: a report is up to a megabyte (40 answers with
 * their advice), and a reading page is rewritten without scripts and compressed on the way
 * out (without-scripts.ts), which alone took the advice page from about 750 to 570 req/s.
 * Kept per address (and Accept-Encoding, as the bytes may be compressed) until editors publish
 * (the content generation changes), for at most an hour, within a memory budget (least
 * recently used out first). Next.js's own data requests (`RSC: 1`) are never kept.
 *
 * After a publish one request per page renders it anew; readers asking for that page while it
 * renders get the copy from before the publish. Each of them waiting for a render of its own,
 * every publish stalled every page for one to four seconds on the benchmark site (100 readers a
 * second, bench:schedules): a page asked for 100 times while it renders is 100 answers late.
 * A render that ends in anything that cannot be kept (an error, a page gone, too big) drops the
 * old copy, so an unpublished page is not served from it.
 */
export class PageCopies {
  private readonly entries = new Map<string, Entry>()
  /** The pages being rendered anew, with the content generation each render is for. */
  private readonly rendering = new Map<string, number>()
  private bytes = 0

  constructor(
    private readonly budget = limits.pageCopies,
    private readonly keeps = keptPage,
  ) {}

  /** Answers `req` from the cache, or lets `pass` answer it and keeps a copy of a cacheable answer. */
  serve(req: IncomingMessage, res: ServerResponse, pass: () => void): void {
    const url = req.url ?? ''
    if (req.method !== 'GET' || !this.keeps(url) || req.headers.rsc || inDraftMode(req)) return pass()
    const key = `${req.headers['accept-encoding'] ?? ''}\n${url}`
    const generation = contentGeneration()
    let hit = this.entries.get(key)
    if (hit && Date.now() - hit.storedAt >= this.budget.maxAgeMs) {
      this.forget(key)
      hit = undefined
    }
    if (hit && (hit.generation === generation || this.rendering.get(key) === generation)) {
      // Most recently used last: the oldest entries go first when the budget is spent.
      this.entries.delete(key)
      this.entries.set(key, hit)
      res.writeHead(hit.status, { ...hit.headers, 'content-length': hit.body.length })
      res.end(hit.body)
      return
    }
    this.rendering.set(key, generation)
    // 'close' also comes when the reader leaves before the answer is complete.
    res.once('close', () => {
      if (this.rendering.get(key) === generation) this.rendering.delete(key)
    })
    this.record(res, (status, headers, body) => {
      if (body && status === 200 && !headers['set-cookie'] && contentGeneration() === generation)
        this.keep(key, { generation, storedAt: Date.now(), status, headers, body })
      else if (this.entries.get(key)?.generation !== contentGeneration()) this.forget(key)
    })
    pass()
  }

  private record(
    res: ServerResponse,
    done: (status: number, headers: OutgoingHttpHeaders, body: Buffer | null) => void,
  ): void {
    const chunks: Buffer[] = []
    let size = 0
    const collect = (chunk: unknown, encoding?: unknown) => {
      const buffer = size > this.budget.entryBytes ? undefined : chunkBytes(chunk, encoding)
      if (!buffer) return
      size += buffer.length
      chunks.push(buffer)
    }
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
    res.write = ((...args: unknown[]) => {
      collect(args[0], args[1])
      return write(...args)
    }) as ServerResponse['write']
    res.end = ((...args: unknown[]) => {
      collect(args[0], args[1])
      return end(...args)
    }) as ServerResponse['end']
    res.once('finish', () => {
      const headers = { ...res.getHeaders() }
      for (const name of perAnswer) delete headers[name]
      done(res.statusCode, headers, size > this.budget.entryBytes ? null : Buffer.concat(chunks))
    })
  }

  private keep(key: string, entry: Entry): void {
    this.forget(key)
    this.entries.set(key, entry)
    this.bytes += entry.body.length
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.budget.totalBytes) break
      this.forget(oldest)
    }
  }

  private forget(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.bytes -= entry.body.length
    this.entries.delete(key)
  }
}

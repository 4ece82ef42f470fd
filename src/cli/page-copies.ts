import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { LRUCache } from 'lru-cache'

import { copyAnswer } from '@/cli/answer-tap'
import { acceptedCoding, type ContentCoding } from '@/cli/content-coding'
import { asksForAnotherAnswer, botKind, inDraftMode, nextAnswerHeaders } from '@/cli/next-internals'
import { contentGeneration } from '@/shared/server/content-generation'
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

type Entry = { generation: number; status: number; headers: OutgoingHttpHeaders; body: Buffer }

export type PageCopiesBudget = { readingBytes: number; queriedBytes: number; entryBytes: number; maxAgeMs: number }

/**
 * Where the copy of a page is kept, if it is kept. Reading pages at their own address (home,
 * about, a question, an advice, the resources, search without a query) are as many as the
 * published content makes. Reports with their answers, searches and reading pages with any
 * query are as many as a stranger cares to write, so they are kept in a pool of their own: no
 * number of them can push a reading page out (800 report addresses in 15 s emptied the one
 * shared pool before, and the next request, whatever it was, was kept for everyone).
 */
export function copyPool(url: string): 'reading' | 'queried' | undefined {
  const queryAt = url.indexOf('?')
  const pathname = queryAt < 0 ? url : url.slice(0, queryAt)
  if (!isReadingPage(pathname)) return isReportWithAnswers(url) ? 'queried' : undefined
  return queryAt < 0 ? 'reading' : 'queried'
}

/**
 * Whether a request is a reader's plain GET: no preview, and none of the headers that make
 * Next.js send something other than the page (next-internals.ts). Only such a request may be
 * answered from a copy, and only its answer may be kept for others.
 */
export const isPlainRequest = (req: IncomingMessage): boolean =>
  req.method === 'GET' && !asksForAnotherAnswer(req.headers) && !inDraftMode(req)

/**
 * Whether an answer is the page itself, in the coding its key says: a 200 HTML page that sets
 * no cookie, and that varies with nothing but the coding (in the key) and Next.js's own request
 * headers (which a plain request never has). Anything else (Next.js's router data, `{}`, a
 * redirect, an error page) goes to the one who asked and is not kept.
 */
function isPlainPage(status: number, headers: OutgoingHttpHeaders, coding: ContentCoding): boolean {
  const text = (name: string) => [headers[name] ?? []].flat().join(',').toLowerCase()
  return (
    status === 200 &&
    headers['set-cookie'] === undefined &&
    headers.location === undefined &&
    /^text\/html\s*(;|$)/.test(text('content-type')) &&
    (text('content-encoding') || 'identity') === coding &&
    text('vary')
      .split(',')
      .map((name) => name.trim())
      .every((name) => !name || name === 'accept-encoding' || nextAnswerHeaders.includes(name))
  )
}

/**
 * Copies in least-recently-used order within a byte budget, each for at most `maxAgeMs`. A copy
 * is stale for a second reason lru-cache cannot know (a publish changed the content generation),
 * and its refresh is a reader's own request answered by Next.js, not a function returning a value:
 * so the serve-the-old-copy-while-one-renders part stays in PageCopies, not in `fetchMethod`.
 */
const lruPool = (budgetBytes: number, maxAgeMs: number) =>
  new LRUCache<string, Entry>({
    maxSize: budgetBytes,
    sizeCalculation: (entry) => Math.max(1, entry.body.length),
    ttl: maxAgeMs,
  })

/**
 * Rendered pages, byte for byte as they left the server, in front of Next.js. Next.js keeps
 * them too, but serving its copy costs more: a report is up to a megabyte (40 answers with
 * their advice), and a reading page is rewritten without scripts and compressed on the way
 * out (without-scripts.ts), which alone took the advice page from about 750 to 570 req/s.
 * Kept per address, coding (content-coding.ts) and kind of client Next.js renders for
 * (next-internals.ts), until editors publish (the content generation changes), for at most an
 * hour, within a memory budget per pool (copyPool). Only a plain request is answered from a
 * copy or kept (isPlainRequest), and only when its answer is the page (isPlainPage).
 *
 * After a publish one request per page renders it anew; readers asking for that page while it
 * renders get the copy from before the publish. Each of them waiting for a render of its own,
 * every publish stalled every page for one to four seconds on the benchmark site (100 readers a
 * second, bench:schedules): a page asked for 100 times while it renders is 100 answers late.
 * A render that ends in anything that cannot be kept (an error, a page gone, too big) drops the
 * old copy, so an unpublished page is not served from it. Pages with a copy from before are
 * rendered anew one at a time: a render holds the server for tens of milliseconds, and the five
 * busiest pages rendered together after the scheduled publishes held every reader for 0.2-0.4 s
 * (bench:schedules); one at a time, readers are answered between them.
 */
export class PageCopies {
  private readonly pools: Record<'reading' | 'queried', LRUCache<string, Entry>>
  /** The pages being rendered anew, with the content generation each render is for. */
  private readonly rendering = new Map<string, number>()
  /** The renders under way of pages that have a copy from before a publish. */
  private readonly refreshes = new Set<ServerResponse>()

  constructor(private readonly budget: PageCopiesBudget = limits.pageCopies) {
    this.pools = {
      reading: lruPool(budget.readingBytes, budget.maxAgeMs),
      queried: lruPool(budget.queriedBytes, budget.maxAgeMs),
    }
  }

  /** Answers `req` from a copy, or lets `pass` answer it and keeps a copy when the answer is the page. */
  serve(req: IncomingMessage, res: ServerResponse, pass: () => void): void {
    const url = req.url ?? ''
    const poolName = isPlainRequest(req) ? copyPool(url) : undefined
    if (!poolName) return pass()
    const pool = this.pools[poolName]
    const coding = acceptedCoding(req.headers['accept-encoding'])
    const key = `${coding} ${botKind(req.headers['user-agent'])} ${url}`
    const generation = contentGeneration()
    const hit = pool.get(key)
    if (hit && (hit.generation === generation || this.rendering.get(key) === generation || this.refreshing())) {
      res.writeHead(hit.status, { ...hit.headers, 'content-length': hit.body.length })
      res.end(hit.body)
      return
    }
    if (hit) this.refreshes.add(res)
    res.once('close', () => this.refreshes.delete(res))
    this.rendering.set(key, generation)
    // 'close' also comes when the reader leaves before the answer is complete.
    res.once('close', () => {
      if (this.rendering.get(key) === generation) this.rendering.delete(key)
    })
    copyAnswer(res, this.budget.entryBytes, (status, headers, body) => {
      for (const name of perAnswer) delete headers[name]
      if (body && isPlainPage(status, headers, coding) && contentGeneration() === generation)
        pool.set(key, { generation, status, headers, body })
      else if (pool.peek(key)?.generation !== contentGeneration()) pool.delete(key)
    })
    pass()
  }

  /** Whether a page with a copy from before is being rendered anew: the others wait their turn. */
  private refreshing(): boolean {
    return this.refreshes.size > 0
  }
}

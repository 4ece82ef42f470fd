import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * A status a page asks its answer to go out with, where Next.js has no way to say it: an
 * App Router page can answer 200, or 404/403/401 through `notFound()` and the like, never 410
 * Gone. The production server (src/cli/serve.ts) runs each request inside this context and
 * writes the asked status when Next.js writes the answer's head; a page rendered without that
 * server (`next dev`) keeps its 200 and still says what it says. One instance on globalThis:
 * the server and the Next.js bundles load this module separately.
 */
export type AskedStatus = { status?: 410 }
const key = Symbol.for('rota.answerStatus')
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<AskedStatus> | undefined>
const storage = (holder[key] ??= new AsyncLocalStorage<AskedStatus>())

/** Runs `handle` (one request) so that what it renders can ask for its answer's status, which it reads from `asked`. */
export function withAnswerStatus<T>(handle: (asked: AskedStatus) => T): T {
  const asked: AskedStatus = {}
  return storage.run(asked, () => handle(asked))
}

/** Asks that this request's answer go out as 410 Gone (a page can say it, not set it). */
export function answerGone(): void {
  const asked = storage.getStore()
  if (asked) asked.status = 410
}

import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The request a log line belongs to. The production server (src/cli/serve.ts) runs each
 * request inside this context, and Payload's logger (payload.config.ts) and `logEvent` add its
 * id to every line, so one request's lines can be found together, also across the proxy (nginx
 * passes its own $request_id). One instance on globalThis: the server and the Next.js bundles
 * load this module separately.
 */
const key = Symbol.for('rota.requestContext')
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<{ requestId: string }> | undefined>
export const requestContext = (holder[key] ??= new AsyncLocalStorage<{ requestId: string }>())

export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId

/** Production logs are JSON lines for the log collector; development keeps readable text. */
export const structuredLogs = (): boolean =>
  process.env.NODE_ENV === 'production' && process.env.ROTA_LOG_TO_STDERR !== '1'

/** One event of the server's own (refusals, shutdown, watcher trouble), in the same form as Payload's lines. */
export function logEvent(level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
  if (!structuredLogs()) {
    console[level](msg)
    return
  }
  const line = { level, time: new Date().toISOString(), msg, requestId: currentRequestId(), ...fields }
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

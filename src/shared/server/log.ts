import { AsyncLocalStorage } from 'node:async_hooks'

import type { Config } from 'payload'
import { pino, type Logger } from 'pino'

import { env } from '@/shared/server/environment'

/**
 * The request a log line belongs to. The production server (src/cli/serve.ts) runs each
 * request inside this context, and the server's logger adds its id to every line, so one
 * request's lines can be found together, also across the proxy (nginx passes its own
 * $request_id). One instance on globalThis: the server and the Next.js bundles load this module
 * separately.
 */
const contextKey = Symbol.for('rota.requestContext')
const loggerKey = Symbol.for('rota.logger')
const holder = globalThis as unknown as {
  [contextKey]?: AsyncLocalStorage<{ requestId: string }>
  [loggerKey]?: Logger
}
export const requestContext = (holder[contextKey] ??= new AsyncLocalStorage<{ requestId: string }>())

export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId

/** Production logs are JSON lines for the log collector; development keeps readable text. */
export const structuredLogs = (): boolean => process.env.NODE_ENV === 'production' && !env().ROTA_LOG_TO_STDERR

/**
 * The production server's one pino logger: Payload's (payloadLogger hands it to Payload) and the
 * server's own lines, also before Payload starts (serve.ts). Level as a word, ISO time, and the
 * id of the request a line belongs to. Writes synchronously (pino's default), so the last line
 * before the process exits is not lost.
 */
export const serverLogger = (): Logger =>
  (holder[loggerKey] ??= pino({
    name: 'payload',
    level: 'info',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = currentRequestId()
      return requestId ? { requestId } : {}
    },
  }))

/**
 * Payload's logger: command-line tools keep stdout for their own output (the import's --json
 * report) and get errors only, on stderr; the production server logs JSON lines through
 * serverLogger; development keeps Payload's readable default.
 */
export function payloadLogger(): Config['logger'] {
  if (env().ROTA_LOG_TO_STDERR) return { destination: process.stderr, options: { level: 'error' } }
  return structuredLogs() ? serverLogger() : undefined
}

/** One event of the server's own (refusals, shutdown, watcher trouble), in the same form as Payload's lines. */
export function logEvent(level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
  if (!structuredLogs()) {
    console[level](msg)
    return
  }
  serverLogger()[level](fields, msg)
}

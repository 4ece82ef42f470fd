import { execFileSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * The production server's log lines (docs/operations/production.md): one JSON object a line, the level as
 * a word, an ISO time, and the id of the request the line belongs to, the same for the server's
 * own lines and Payload's, which share one pino logger.
 */
function linesOf(code: string): Record<string, unknown>[] {
  const tsx = path.resolve('node_modules/.bin/tsx')
  const out = execFileSync(tsx, ['--eval', code], {
    env: { ...process.env, NODE_ENV: 'production', ROTA_LOG_TO_STDERR: '' },
    encoding: 'utf8',
  })
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('the production log', () => {
  it('writes the server’s own events and Payload’s lines as JSON with the request id', () => {
    const lines = linesOf(`
      import { logEvent, payloadLogger, requestContext, serverLogger } from '@/shared/server/log'
      logEvent('info', '[rota] ready')
      requestContext.run({ requestId: 'request-7' }, () => {
        logEvent('warn', '[api] 400 GET /api/questions', { status: 400 })
        if (payloadLogger() !== serverLogger()) throw new Error('Payload has another logger')
        serverLogger().error({ err: new Error('boom') }, 'from Payload')
      })
    `)
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', msg: '[rota] ready' }),
      expect.objectContaining({
        level: 'warn',
        msg: '[api] 400 GET /api/questions',
        status: 400,
        requestId: 'request-7',
      }),
      expect.objectContaining({ level: 'error', msg: 'from Payload', requestId: 'request-7' }),
    ])
    expect(lines[0]).not.toHaveProperty('requestId')
    for (const line of lines) expect(String(line.time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })

  it('command-line tools give Payload errors only, on stderr', () => {
    const [line] = linesOf(`
      import { payloadLogger } from '@/shared/server/log'
      process.env.ROTA_LOG_TO_STDERR = '1'
      console.log(JSON.stringify(payloadLogger()?.options ?? null))
    `)
    expect(line).toEqual({ level: 'error' })
  })
})

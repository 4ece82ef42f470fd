import { execFile } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cliDatabaseUri } from '@tests/support/cli-database'

/**
 * A deployment that forgot to set a real PAYLOAD_SECRET must not come up: whoever knows the
 * secret can sign in as anyone. `npm start` says why and stops before building or serving.
 */
const root = path.resolve(import.meta.dirname, '../../..')

const start = (secret: string) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    const env = {
      ...process.env,
      DATABASE_URI: cliDatabaseUri('secret'),
      PAYLOAD_SECRET: secret,
      PORT: '0',
    }
    execFile('npm', ['start'], { cwd: root, env, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, output: stdout + stderr }),
    )
  })

describe('npm start with a deployment database', () => {
  it.each([
    ['a short secret', 'k8#Lq2!vZ9x', /has 11 characters; a production server needs at least 32/],
    ['the sample from the docs', 'change-me-to-a-long-random-value', /sample value/],
  ])('refuses %s, saying how to make a good one, and serves nothing', async (_, secret, reason) => {
    const { code, output } = await start(secret)
    expect(code).toBe(1)
    expect(output).toMatch(reason)
    expect(output).toContain('PAYLOAD_SECRET uygun değil')
    expect(output).toContain('openssl rand -hex 32')
    expect(output).not.toContain('building the app')
    expect(output).not.toContain('ready on')
  })
})

import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

import { usePayload } from '@tests/support/boot'

/**
 * The code is type-checked against the committed payload-types.ts; a collection or language
 * changed without regenerating it would type-check against the past (`npm start` regenerates
 * it before a build, and the change is committed with it).
 */
const ctx = usePayload()

describe('payload-types.ts', () => {
  it('is what the current config generates (run `npm run generate:types` and commit it)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rota-types-'))
    const out = path.join(dir, 'payload-types.ts')
    const before = process.env.PAYLOAD_TS_OUTPUT_PATH
    process.env.PAYLOAD_TS_OUTPUT_PATH = out
    try {
      await generateTypes(ctx.payload.config, { log: false })
      expect(readFileSync(out, 'utf8') === readFileSync('payload-types.ts', 'utf8')).toBe(true)
    } finally {
      if (before === undefined) delete process.env.PAYLOAD_TS_OUTPUT_PATH
      else process.env.PAYLOAD_TS_OUTPUT_PATH = before
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

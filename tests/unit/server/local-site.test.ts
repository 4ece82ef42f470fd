import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { localSiteUrl, rememberLocalSite } from '@/shared/server/local-site'

/** An import on the same machine finds the site `npm start` serves, on whatever port. */
describe('the local site address', () => {
  afterEach(() => vi.unstubAllEnvs())
  const root = () => mkdtempSync(path.join(os.tmpdir(), 'rota-local-site-'))

  it('is remembered while the local site runs and forgotten when it stops', () => {
    vi.stubEnv('DATABASE_URI', '')
    const dir = root()
    expect(localSiteUrl(dir)).toBeNull()
    const forget = rememberLocalSite(dir, 'http://localhost:3777')
    expect(localSiteUrl(dir)).toBe('http://localhost:3777')
    forget()
    expect(localSiteUrl(dir)).toBeNull()
  })

  it('is not used for a named database: a deployment gives SERVER_URL', () => {
    vi.stubEnv('DATABASE_URI', '')
    const dir = root()
    rememberLocalSite(dir, 'http://localhost:3777')
    vi.stubEnv('DATABASE_URI', 'file:/tmp/other.db')
    expect(localSiteUrl(dir)).toBeNull()
    expect(() => rememberLocalSite(dir, 'http://localhost:4000')()).not.toThrow()
    vi.stubEnv('DATABASE_URI', '')
    expect(localSiteUrl(dir)).toBe('http://localhost:3777')
  })
})

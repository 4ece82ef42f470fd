import { randomBytes } from 'node:crypto'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { payloadSecret, productionSecretProblem } from '@/cms/secret'

/** Whoever knows PAYLOAD_SECRET can sign in as anyone: a production server refuses a guessable one. */
afterEach(() => vi.unstubAllEnvs())

describe('the production secret', () => {
  it('is refused when missing, short or a sample value, saying what to do', () => {
    expect(productionSecretProblem(undefined)).toMatch(/not set.*openssl rand -hex 32/)
    expect(productionSecretProblem('   ')).toMatch(/not set/)
    expect(productionSecretProblem('k8#Lq2!vZ9x')).toMatch(/has 11 characters; .* at least 32/)
    for (const sample of [
      'rota-development-secret-not-for-production',
      'CHANGE-ME-TO-A-LONG-RANDOM-VALUE',
      'a'.repeat(64),
    ])
      expect(productionSecretProblem(sample)).toMatch(/sample value/)
  })

  it('accepts a long random value', () => {
    expect(productionSecretProblem(randomBytes(32).toString('hex'))).toBeNull()
  })

  it('stops the production server’s config, but not the build or development', () => {
    vi.stubEnv('PAYLOAD_SECRET', 'k8#Lq2!vZ9x')
    vi.stubEnv('NODE_ENV', 'production')
    expect(() => payloadSecret()).toThrow(/at least 32/)
    vi.stubEnv('NEXT_PHASE', 'phase-production-build')
    expect(() => payloadSecret()).not.toThrow()
    vi.stubEnv('NEXT_PHASE', '')
    vi.stubEnv('NODE_ENV', 'development')
    expect(payloadSecret()).toBe('k8#Lq2!vZ9x')
  })
})

import { env } from '@/shared/server/environment'

const developmentSecret = 'rota-development-secret-not-for-production'

/** Shortest accepted production secret: `openssl rand -hex 32` gives 64 characters. */
export const minimumSecretLength = 32

/**
 * Values that appear in docs, templates and tutorials. A secret anyone can read is no secret,
 * however long. Compared case-insensitively, ignoring separators.
 */
const sampleSecrets = [
  developmentSecret,
  'secret',
  'changeme',
  'change-me-to-a-long-random-value',
  'your-secret-here',
  'your_secret_here',
  'payload-secret',
  'supersecret',
  'replace-me',
]
const normalized = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '')
const samples = new Set(sampleSecrets.map(normalized))

/** Why `secret` cannot sign production sessions, or null when it can. */
export function productionSecretProblem(secret: string | undefined): string | null {
  const value = secret?.trim() ?? ''
  const advice = 'Set a long random value, e.g. PAYLOAD_SECRET=$(openssl rand -hex 32) in .env.'
  if (!value) return `PAYLOAD_SECRET is not set. ${advice}`
  if (samples.has(normalized(value)) || new Set(value).size < 8)
    return `PAYLOAD_SECRET is a sample value that anyone can read. ${advice}`
  if (value.length < minimumSecretLength)
    return `PAYLOAD_SECRET has ${value.length} characters; a production server needs at least ${minimumSecretLength}. ${advice}`
  return null
}

/**
 * The key that signs login tokens. Development and tests get a fixed default so a fresh
 * clone needs no setup (`npm start` generates and keeps a random one under ./data);
 * a production server refuses to run with a missing, short or sample value, because
 * whoever knows it can sign in as anyone. `next build` renders nothing that is signed,
 * so it needs none.
 */
export function payloadSecret(): string {
  const secret = env().PAYLOAD_SECRET
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (process.env.NODE_ENV === 'production' && !building) {
    const problem = productionSecretProblem(secret)
    if (problem) throw new Error(problem)
    return secret!
  }
  return secret || developmentSecret
}

const developmentSecret = 'rota-development-secret-not-for-production'

/**
 * The key that signs login tokens. Development and tests get a fixed default so a fresh
 * clone needs no setup (`npm start` generates and keeps a random one under ./data);
 * a production server refuses to run without a real value. `next build` renders nothing
 * that is signed, so it needs none.
 */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET?.trim()
  if (secret && secret !== developmentSecret) return secret
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (process.env.NODE_ENV === 'production' && !building) {
    throw new Error(
      'PAYLOAD_SECRET is not set (or is the development default). A production server needs a long random value, e.g. PAYLOAD_SECRET=$(openssl rand -hex 32) in .env.',
    )
  }
  return developmentSecret
}

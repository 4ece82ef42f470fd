import { afterAll, beforeAll } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '@tests/support/payload'

/** Boots Payload on a fresh database for the calling test file and shuts it down after. */
export function usePayload(): { readonly payload: Payload } {
  const holder = {} as { payload: Payload }
  let cleanup: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const booted = await bootPayload()
    holder.payload = booted.payload
    cleanup = booted.cleanup
  })
  afterAll(async () => cleanup?.())
  return holder
}

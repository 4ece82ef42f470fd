import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The Payload instance of this server process (Payload caches it across calls). With its
 * scheduled jobs: whichever request comes first, site or admin, the nightly work is set up.
 */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config, cron: true })
}

import type { Endpoint } from 'payload'

import { version } from '@/../package.json'
import { databaseState } from '@/cms/database/database-state'
import { limits } from '@/shared/limits'
import { shuttingDown } from '@/shared/server/shutdown'

const noStore = { 'Cache-Control': 'no-store' }

const reasons = {
  timeout: `the database did not answer within ${limits.healthDatabaseMs / 1000} s`,
  unreachable: 'the database refused or failed the query',
}

/**
 * GET /api/health, for the proxy and docker-compose: 200 when the database answers a query,
 * 503 with the reason when it does not or not in time, or while the server shuts down. The
 * reason is ours, never the driver's message.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    if (shuttingDown())
      return Response.json(
        { status: 'stopping', database: 'not checked', reason: 'the server is shutting down', version },
        { status: 503, headers: noStore },
      )
    const database = await databaseState(req.payload)
    if (database === 'ok') return Response.json({ status: 'ok', database, version }, { headers: noStore })
    return Response.json(
      { status: 'error', database, reason: reasons[database], version },
      { status: 503, headers: noStore },
    )
  },
}

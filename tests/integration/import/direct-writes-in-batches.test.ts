import { afterAll } from 'vitest'

/**
 * direct-writes.test.ts again, with the writes in transactions as the import's command line
 * runs SQLite (ROTA_SQLITE_TRANSACTIONS): the files then go several to a transaction
 * (content-import/write/batch.ts), and both ways must still store the same rows.
 */
process.env.ROTA_SQLITE_TRANSACTIONS = '1'
afterAll(() => {
  delete process.env.ROTA_SQLITE_TRANSACTIONS
})
await import('@tests/integration/import/direct-writes.test')

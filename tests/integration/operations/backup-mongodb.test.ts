import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { backup, restore } from '@/cli/database-copy'
import { mongoContentCounts } from '@/cli/mongodb/restore'
import { usePayload } from '@tests/support/boot'
import { cliDatabaseUri } from '@tests/support/cli-database'
import { createCast } from '@tests/support/content'

/**
 * `npm run backup` and `npm run restore` on a real MongoDB server (the MongoDB project only:
 * MONGODB_URI set, and the MongoDB Database Tools on the PATH, as in compose's `backup` image).
 * Not run on the development machines, which have no MongoDB server.
 */
describe.runIf(process.env.TEST_DATABASE === 'mongodb')('npm run backup and restore (MongoDB)', () => {
  const ctx = usePayload()
  const work = mkdtempSync(path.join(os.tmpdir(), 'rota-backup-mongodb-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('backs up the database, restores it into an empty one, and refuses one with content unless --force', async () => {
    await createCast(ctx.payload)
    const source = process.env.DATABASE_URI as string
    const archive = path.join(work, 'rota.archive.gz')
    expect(await backup(source, archive, false)).toContain(archive)
    expect(statSync(archive).mode & 0o777).toBe(0o600)

    const target = cliDatabaseUri('restored')
    // Into a database of another name than the one dumped: the archive's collections land there.
    await restore(target, archive, false)
    expect(await mongoContentCounts(target)).toEqual(await mongoContentCounts(source))
    await expect(restore(target, archive, false)).rejects.toThrow(/boş değil/)
    await expect(restore(target, archive, true)).resolves.toContain('geri yüklendi')
  }, 120_000)
})

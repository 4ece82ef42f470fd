import { spawnSync } from 'node:child_process'
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backup, restore } from '@/cli/database-copy'
import { CopyRefused } from '@/cli/database-copy-messages'
import { sqliteFile } from '@/cli/live-database'
import { attemptLimiter, take } from '@/shared/requests/attempt-limits'
import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'

/**
 * `npm run backup` against the database Payload is serving: the live file is never its target
 * by any name, the file it writes is private and complete or absent, and it holds no way into
 * an account (reset tokens, sessions) that the live database has.
 */
const ctx = usePayload()
const work = mkdtempSync(path.join(os.tmpdir(), 'rota-backup-'))
const root = process.cwd()
let cast: Cast
let live: string
const uri = () => process.env.DATABASE_URI as string

beforeAll(async () => {
  live = sqliteFile(uri())
  cast = await createCast(ctx.payload)
  await createPublishedAdvice(ctx.payload)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

async function query(file: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = createClient({ url: `file:${file}` })
  try {
    return (await client.execute(sql)).rows.map((row) => ({ ...row }))
  } finally {
    client.close()
  }
}

/** What would show that a file was replaced or written into. */
const fingerprint = (file: string) => {
  const { ino, size, mtimeMs, mode } = statSync(file)
  return { ino, size, mtimeMs, mode }
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error, 'refused').toBeInstanceOf(CopyRefused)
  return (error as Error).message
}

const privateMode = (file: string) => statSync(file).mode & 0o777

/** The CLI as an operator runs it, with the project's DATABASE_URI; `ulimit -f` bounds the files it may write. */
const cli = (args: string[], fileSizeKb?: number) =>
  spawnSync(
    'bash',
    [
      '-c',
      // An ignored SIGXFSZ stays ignored across exec: a write past the limit fails (EFBIG) instead of killing.
      `${fileSizeKb ? `ulimit -f ${fileSizeKb}; trap '' XFSZ; ` : ''}exec "$@"`,
      'cli',
      path.join(root, 'node_modules/.bin/tsx'),
      '--conditions=production',
      path.join(root, 'src/cli/database-copy-cli.ts'),
      ...args,
    ],
    { cwd: root, env: { ...process.env, DATABASE_URI: uri() }, encoding: 'utf8', timeout: 120_000 },
  )

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('npm run backup (SQLite)', () => {
  it('never writes over the live database or its companion files, by any name, with or without --force', async () => {
    // A write leaves the live database with its write-ahead log and index beside it.
    await ctx.payload.update({ collection: 'users', id: cast.editor.id, data: { name: 'Editör' } })
    expect(existsSync(`${live}-wal`)).toBe(true)
    const folder = path.dirname(live)
    const hardLink = path.join(folder, 'hard-link.db')
    linkSync(live, hardLink)
    symlinkSync(live, path.join(work, 'link-to-live.db'))
    symlinkSync(`${live}-wal`, path.join(work, 'link-to-wal'))
    symlinkSync(folder, path.join(work, 'link-to-folder'))
    const names = [
      live,
      path.relative(root, live),
      `${path.dirname(path.relative(root, live))}/./../${path.basename(folder)}//${path.basename(live)}`,
      path.join(work, 'link-to-live.db'),
      path.join(work, 'link-to-folder', path.basename(live)),
      hardLink,
      `${live}-wal`,
      `${live}-shm`,
      // Not there now (WAL mode), but SQLite would create and replay it.
      `${live}-journal`,
      path.join(work, 'link-to-wal'),
      path.join(work, 'link-to-folder', `${path.basename(live)}-journal`),
    ]
    const before = Object.fromEntries(
      readdirSync(folder).map((name) => [name, fingerprint(path.join(folder, name))] as const),
    )
    for (const name of names) {
      for (const force of [false, true]) {
        const message = await refusal(backup(uri(), name, force))
        expect(message, name).toContain(name)
        expect(message, name).toContain('çalışan veritabanı')
        expect(message, name).toContain('live database')
      }
    }
    // Nothing touched: the same files, the same inodes, no half-written copy beside them.
    const after = Object.fromEntries(
      readdirSync(folder).map((name) => [name, fingerprint(path.join(folder, name))] as const),
    )
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    expect(after[path.basename(live)]).toEqual(before[path.basename(live)])
    expect(readdirSync(work).sort()).toEqual(['link-to-folder', 'link-to-live.db', 'link-to-wal'])
    rmSync(hardLink)
    expect(await query(live, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }])
    expect((await ctx.payload.find({ collection: 'users' })).totalDocs).toBe(4)

    // The command an operator types: exit code 1, Turkish then English, the live file unchanged.
    const typed = cli(['backup', path.relative(root, live), '--force'])
    expect(typed.status, typed.stderr).toBe(1)
    expect(typed.stderr).toMatch(/çalışan veritabanı[\s\S]*live database/)
    expect(fingerprint(live)).toEqual(before[path.basename(live)])
  })

  it('refuses a target that another SQLite program has open or left a journal beside', async () => {
    const target = path.join(work, 'in-use.db')
    writeFileSync(target, 'an older backup')
    for (const sidecar of ['-wal', '-shm', '-journal']) {
      writeFileSync(`${target}${sidecar}`, 'x')
      const message = await refusal(backup(uri(), target, true))
      expect(message).toContain(`${target}${sidecar}`)
      rmSync(`${target}${sidecar}`)
    }
    expect(readFileSync(target, 'utf8')).toBe('an older backup')
    rmSync(target)
  })

  it('writes a file only its owner can read, whatever the umask, and no reset token, session, edit lock or sign-in counter', async () => {
    const resetToken = await ctx.payload.forgotPassword({
      collection: 'users',
      data: { email: cast.editor.email },
      disableEmail: true,
    })
    const { token: sessionToken } = await ctx.payload.login({
      collection: 'users',
      data: { email: cast.admin.email, password: 'test-password-123' },
    })
    const sessionId = JSON.parse(Buffer.from(sessionToken!.split('.')[1], 'base64url').toString()).sid as string
    // A failed sign-in's counter, keyed by the address it came from.
    await take(attemptLimiter(ctx.payload, { name: 'backup-test', points: 5, windowMs: 60_000 }), '203.0.113.77')
    const [advice] = (await ctx.payload.find({ collection: 'advice', limit: 1 })).docs
    await ctx.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'advice', value: advice.id },
        user: { relationTo: 'users', value: cast.admin.id },
      },
    })
    // The live database has all of them: the test would see them if the backup kept them.
    const liveUsers = await query(live, 'SELECT id, email, hash, salt, reset_password_token FROM users ORDER BY email')
    expect(liveUsers.find((u) => u.email === cast.editor.email)?.reset_password_token).toBe(resetToken)
    expect(await query(live, 'SELECT count(*) AS n FROM rota_rate_limits')).not.toEqual([{ n: 0 }])
    expect(await query(live, 'SELECT id FROM users_sessions')).toContainEqual({ id: sessionId })
    expect(await query(live, 'SELECT count(*) AS n FROM payload_locked_documents')).toEqual([{ n: 1 }])

    for (const umask of [0o000, 0o277]) {
      const target = path.join(work, `private-${umask}.db`)
      const previous = process.umask(umask)
      try {
        await backup(uri(), target, false)
      } finally {
        process.umask(previous)
      }
      expect(privateMode(target).toString(8), `umask ${umask.toString(8)}`).toBe('600')
      const bytes = readFileSync(target)
      expect(bytes.includes(resetToken), 'reset token in the backup').toBe(false)
      expect(bytes.includes(sessionId), 'session id in the backup').toBe(false)
      const users = await query(target, 'SELECT id, email, hash, salt, reset_password_token FROM users ORDER BY email')
      // Everyone keeps their password; nobody keeps a way in without it.
      expect(users).toEqual(liveUsers.map((u) => ({ ...u, reset_password_token: null })))
      expect(await query(target, 'SELECT count(*) AS n FROM rota_rate_limits')).toEqual([{ n: 0 }])
      expect(await query(target, 'SELECT count(*) AS n FROM users_sessions')).toEqual([{ n: 0 }])
      expect(await query(target, 'SELECT count(*) AS n FROM payload_locked_documents')).toEqual([{ n: 0 }])
      expect(await query(target, 'SELECT count(*) AS n FROM _advice_v')).toEqual(
        await query(live, 'SELECT count(*) AS n FROM _advice_v'),
      )
      expect(readdirSync(work).filter((name) => name.includes(`private-${umask}`))).toEqual([`private-${umask}.db`])
    }

    // Restoring puts back the content and the passwords, privately; the restored file is sound.
    const restored = path.join(work, 'restored', 'cms.db')
    const message = await restore(`file:${restored}`, path.join(work, 'private-0.db'), false)
    expect(message).toContain('Geri yüklendi')
    expect(privateMode(restored).toString(8)).toBe('600')
    expect(await query(restored, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }])
    expect(await query(restored, 'SELECT email, hash, salt FROM users ORDER BY email')).toEqual(
      liveUsers.map(({ email, hash, salt }) => ({ email, hash, salt })),
    )
  })

  it('a backup made before this rule is restored without its tokens and sessions', async () => {
    const older = path.join(work, 'older.db')
    await ctx.payload.forgotPassword({ collection: 'users', data: { email: cast.admin.email }, disableEmail: true })
    await query(live, `VACUUM INTO '${older}'`)
    expect(
      (await query(older, 'SELECT count(*) AS n FROM users WHERE reset_password_token IS NOT NULL'))[0].n,
    ).toBeGreaterThan(0)
    const restored = path.join(work, 'older-restored.db')
    await restore(`file:${restored}`, older, false)
    expect(await query(restored, 'SELECT count(*) AS n FROM users WHERE reset_password_token IS NOT NULL')).toEqual([
      { n: 0 },
    ])
    expect(await query(restored, 'SELECT count(*) AS n FROM users_sessions')).toEqual([{ n: 0 }])
  })

  it('restore refuses the database it restores into as its backup, and a database the app has open', async () => {
    const before = fingerprint(live)
    const folder = readdirSync(path.dirname(live)).sort()
    for (const name of [live, `${live}-wal`, path.join(work, 'link-to-live.db')]) {
      const message = await refusal(restore(uri(), name, true))
      expect(message).toMatch(/çalışan veritabanı[\s\S]*live database/)
    }
    const message = await refusal(restore(uri(), path.join(work, 'private-0.db'), true))
    expect(message).toMatch(/uygulamayı durdurun[\s\S]*Stop the app/)
    expect(fingerprint(live)).toEqual(before)
    expect(readdirSync(path.dirname(live)).sort()).toEqual(folder)
    expect(await query(live, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }])
  })

  it('replaces an existing backup whole or not at all: a failed write leaves the old one as it was', async () => {
    const folder = path.join(work, 'replace')
    mkdirSync(folder)
    const target = path.join(folder, 'site.db')
    await backup(uri(), target, false)
    const first = readFileSync(target)
    expect((await refusal(backup(uri(), target, false))).includes('--force')).toBe(true)
    expect(readFileSync(target).equals(first)).toBe(true)

    // A disk that fills up part way (here a file-size limit): the old backup stays, no half file beside it.
    const full = cli(['backup', target, '--force'], 64)
    expect(full.status, full.stderr).toBe(1)
    expect(full.stderr).toContain(target)
    expect(readFileSync(target).equals(first)).toBe(true)
    expect(readdirSync(folder)).toEqual(['site.db'])

    await ctx.payload.update({ collection: 'users', id: cast.editor.id, data: { name: 'Yeni ad' } })
    const replaced = cli(['backup', target, '--force'])
    expect(replaced.status, replaced.stderr).toBe(0)
    expect(readdirSync(folder)).toEqual(['site.db'])
    expect(privateMode(target).toString(8)).toBe('600')
    expect(await query(target, `SELECT name FROM users WHERE email = '${cast.editor.email}'`)).toEqual([
      { name: 'Yeni ad' },
    ])
  })
})

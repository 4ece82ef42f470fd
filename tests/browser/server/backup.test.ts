import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { sqliteFile } from '@/cli/live-database'
import { startApp } from '@tests/support/app-server'
import { adminCredentials, browserTestSecret } from '@tests/support/browser-setup'
import { siteApi, siteEditorPassword, richText } from '@tests/support/site-api'

/**
 * `npm run backup` while the site serves and an editor keeps saving, `npm run restore` into
 * an empty database, and a second instance on it: every published page reads the same, and
 * nobody gets in with a reset link or a session from before the backup.
 */
const baseUrl = inject('baseUrl')
const work = mkdtempSync(path.join(os.tmpdir(), 'rota-backup-'))
const backupFile = path.join(work, 'site-backup.db')
const restoredUri = `file:${path.join(work, 'restored.db')}`
let restoredApp: Awaited<ReturnType<typeof startApp>> | undefined

afterAll(() => {
  restoredApp?.stop()
  rmSync(work, { recursive: true, force: true })
})

const npmRun = (script: string, file: string, databaseUri: string, ...extra: string[]) =>
  spawnSync('npm', ['run', '-s', script, '--', file, ...extra], {
    env: { ...process.env, DATABASE_URI: databaseUri },
    encoding: 'utf8',
  })

/**
 * The page's main content, with the instance's own address taken out, and React's empty
 * `<!-- -->` text separators (invisible; they differ between a page rendered before and after
 * other tests' edits even where the text is the same).
 */
async function mainOf(base: string, pagePath: string): Promise<string> {
  const response = await fetch(base + pagePath)
  expect(response.status, pagePath).toBe(200)
  const html = (await response.text()).replaceAll(base, '').replaceAll('<!-- -->', '')
  return /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html
}

describe('backup and restore', () => {
  it('a backup taken while editors write restores into a fresh instance with every published page identical', async () => {
    const { call, login } = siteApi(baseUrl)
    const admin = await login(adminCredentials)
    const { json } = await call('advice?limit=1&depth=0', { token: admin })
    const adviceId = json.docs[0].id as string
    // An editor saving drafts the whole time: writes during the copy, published pages unchanged.
    let writing = true
    let saves = 0
    const editor = (async () => {
      while (writing) {
        const saved = await call(`advice/${adviceId}?draft=true&locale=tr`, {
          method: 'PATCH',
          token: admin,
          body: JSON.stringify({ body: richText(`Taslak ${saves}`), _status: 'draft' }),
        })
        expect(saved.status).toBe(200)
        saves++
      }
    })()
    // A password reset asked for and not used yet: its token is in the live database.
    const editorEmail = 'backup-editor@example.org'
    await siteApi(baseUrl).editorToken(editorEmail)
    const forgot = await call('users/forgot-password', { method: 'POST', body: JSON.stringify({ email: editorEmail }) })
    expect(forgot.status).toBe(200)
    const liveDb = createClient({ url: inject('databaseUri') })
    const resetToken = String(
      (await liveDb.execute({ sql: 'SELECT reset_password_token FROM users WHERE email = ?', args: [editorEmail] }))
        .rows[0].reset_password_token,
    )
    liveDb.close()
    expect(resetToken.length).toBeGreaterThan(10)

    // The reproduction: the live database as the target, with --force, while the site serves.
    const liveFile = sqliteFile(inject('databaseUri'))
    const liveInode = statSync(liveFile).ino
    const overLive = npmRun('backup', liveFile, inject('databaseUri'), '--force')
    expect(overLive.status).toBe(1)
    expect(overLive.stderr).toMatch(/çalışan veritabanı[\s\S]*live database/)
    expect(statSync(liveFile).ino).toBe(liveInode)
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200)

    await new Promise((r) => setTimeout(r, 300))
    const made = npmRun('backup', backupFile, inject('databaseUri'))
    writing = false
    await editor
    expect(made.status, made.stderr).toBe(0)
    expect(made.stdout).toContain('Yedek yazıldı')
    expect(saves).toBeGreaterThan(0)
    expect(statSync(backupFile).mode & 0o777).toBe(0o600)
    expect(readFileSync(backupFile).includes(resetToken), 'reset token in the backup').toBe(false)

    // Never over an existing backup, never over a database with content.
    const again = npmRun('backup', backupFile, inject('databaseUri'))
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('--force')
    expect(npmRun('restore', backupFile, restoredUri).status, 'restore').toBe(0)
    const size = statSync(path.join(work, 'restored.db')).size
    const over = npmRun('restore', backupFile, restoredUri)
    expect(over.status).toBe(1)
    expect(over.stderr).toContain('boş değil')
    expect(statSync(path.join(work, 'restored.db')).size).toBe(size)
    // With --force it does, and keeps the database it replaced beside it.
    const forced = npmRun('restore', backupFile, restoredUri, '--force')
    expect(forced.status, forced.stderr).toBe(0)
    expect(readdirSync(work).filter((name) => name.startsWith('restored.db.before-restore-'))).toHaveLength(1)
    const notABackup = npmRun('restore', path.join(process.cwd(), 'package.json'), `file:${path.join(work, 'x.db')}`)
    expect(notABackup.status).toBe(1)
    expect(notABackup.stderr).toContain('SQLite yedeği değil')

    restoredApp = await startApp({ DATABASE_URI: restoredUri, PAYLOAD_SECRET: browserTestSecret })
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
    expect(pages.length).toBeGreaterThan(20)
    for (const page of pages) {
      expect(await mainOf(restoredApp.baseUrl, page), page).toBe(await mainOf(baseUrl, page))
    }
    // Everyone signs in again: a session from before the backup is not one of the restored
    // site's, the reset link leads nowhere, and passwords are as they were.
    const restoredApi = siteApi(restoredApp.baseUrl)
    const me = await restoredApi.call('users/me', { token: admin })
    expect(me.json.user ?? null).toBeNull()
    const reset = await restoredApi.call('users/reset-password', {
      method: 'POST',
      body: JSON.stringify({ token: resetToken, password: 'a-new-password-2026' }),
    })
    expect(reset.status).toBeGreaterThanOrEqual(400)
    expect(await restoredApi.login({ email: editorEmail, password: siteEditorPassword })).toBeTruthy()
    // The restored database also holds what was not published: the drafts saved before the copy.
    const restoredAdmin = await restoredApi.login(adminCredentials)
    const draft = await restoredApi.call(`advice/${adviceId}?draft=true&depth=0`, {
      token: restoredAdmin,
    })
    expect(JSON.stringify(draft.json.body)).toContain('Taslak')
    expect(readFileSync(backupFile).subarray(0, 15).toString()).toBe('SQLite format 3')
  })
})

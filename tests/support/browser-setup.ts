import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startApp, testSecret } from '@tests/support/app-server'

export const browserTestSecret = testSecret
export const adminCredentials = { email: 'admin@example.org', password: 'admin-password-123' }

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** The running app's database, for tests that use the command-line tools beside it. */
    databaseUri: string
  }
}

/** The browser tests run against the production app on a fresh SQLite database. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-browser-'))
  const databaseUri = `file:${path.join(dir, 'site.db')}`
  const app = await startApp({
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: browserTestSecret,
    ADMIN_EMAIL: adminCredentials.email,
    ADMIN_PASSWORD: adminCredentials.password,
  })
  project.provide('baseUrl', app.baseUrl)
  project.provide('databaseUri', databaseUri)
  return async () => {
    app.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

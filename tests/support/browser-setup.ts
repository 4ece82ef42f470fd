import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startApp } from './app-server'

export const adminCredentials = { email: 'admin@example.org', password: 'admin-password-123' }

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** The browser tests run against the production app on a fresh SQLite database. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-browser-'))
  const app = await startApp({
    DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
    PAYLOAD_SECRET: 'browser-test-secret',
    ADMIN_EMAIL: adminCredentials.email,
    ADMIN_PASSWORD: adminCredentials.password,
  })
  project.provide('baseUrl', app.baseUrl)
  return async () => {
    app.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

export const adminCredentials = { email: 'admin@example.org', password: 'admin-password-123' }

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.listen(0, () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

async function waitFor(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/**
 * Starts the app the way a new user does (`npm start`: build when needed, migrations,
 * sample content, first admin) on a free port and a fresh SQLite database.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-browser-'))
  const port = await freePort()
  const server = spawn('npm', ['start'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
      PAYLOAD_SECRET: 'browser-test-secret',
      ADMIN_EMAIL: adminCredentials.email,
      ADMIN_PASSWORD: adminCredentials.password,
      SERVER_URL: `http://localhost:${port}`,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  const baseUrl = `http://localhost:${port}`
  await waitFor(`${baseUrl}/tr`, server, 10 * 60_000)
  project.provide('baseUrl', baseUrl)
  return async () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
}

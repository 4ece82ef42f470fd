import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

/** A secret the production checks accept (long, not a sample); for test databases only. */
export const testSecret = 'rota-tests-only-3f9c1a7e5b2d4c6e8a0b1d3f5e7c9a2b'

const listenOn = (wanted: number) =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.listen(wanted, () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/**
 * A port nobody listens on: any the system gives, or with `TEST_PORTS=4300-4349` the first free
 * one of that range (engineers sharing a machine keep to ranges of their own).
 */
export async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.TEST_PORTS ?? '')
  if (!range) return listenOn(0)
  for (let port = Number(range[1]); port <= Number(range[2]); port++) {
    const free = await listenOn(port).catch(() => null)
    if (free) return free
  }
  throw new Error(`TEST_PORTS=${process.env.TEST_PORTS}: no free port in that range`)
}

/**
 * Starts the app the way a new user does (`npm start`: build when needed, migrations,
 * sample content on an empty database, first admin) on a free port, and waits until
 * `readyPath` answers. `stop` ends the whole process group (npm, tsx and Next's server).
 */
export async function startApp(
  env: Record<string, string>,
  readyPath = '/tr',
  timeoutMs = 10 * 60_000,
  cwd = process.cwd(),
) {
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const server = spawn('npm', ['start'], {
    cwd,
    env: { ...process.env, PORT: String(port), SERVER_URL: baseUrl, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode}`)
    if (Date.now() > deadline) {
      stop()
      throw new Error(`${baseUrl}${readyPath} did not answer within ${timeoutMs / 1000} s`)
    }
    try {
      const response = await fetch(`${baseUrl}${readyPath}`, { redirect: 'manual' })
      if (response.status < 500) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return { baseUrl, stop }
}

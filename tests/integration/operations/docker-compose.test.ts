import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

/**
 * docker-compose.yml as Debian's docker-compose reads it (no engine needed to validate), and the
 * promises docs/operations/production.md makes about it.
 */
const root = path.resolve(import.meta.dirname, '../../..')

type Service = {
  image?: string
  build?: { context: string; target?: string }
  profiles?: string[]
  restart?: string
  healthcheck?: { test: string[] }
  depends_on?: Record<string, { condition: string }>
  environment?: Record<string, string | number>
  ports?: unknown[]
  volumes?: (string | { source: string; target: string; read_only?: boolean })[]
}

/** Volumes as `source:target:mode`, the form docker-compose 1.x prints (2.x prints objects). */
const mounts = (service: Service) =>
  (service.volumes ?? []).map((v) =>
    typeof v === 'string' ? v : `${v.source}:${v.target}:${v.read_only ? 'ro' : 'rw'}`,
  )

const compose = (env: Record<string, string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const clean = { ...process.env, ...env }
    for (const name of ['PAYLOAD_SECRET', 'SERVER_URL', 'HTTP_PORT', 'FRONT_PROXY_ADDRESS'])
      if (!(name in env)) delete clean[name]
    execFile(
      'docker-compose',
      ['-f', 'docker-compose.yml', 'config'],
      { cwd: root, env: clean },
      (error, stdout, stderr) => resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr }),
    )
  })

const secret = 'f'.repeat(8) + '0123456789abcdef0123456789abcdef0123456789'

describe('docker-compose.yml', () => {
  it('does not start without PAYLOAD_SECRET, and says how to make one', async () => {
    const { code, stderr } = await compose({})
    expect(code).not.toBe(0)
    expect(stderr).toContain('Set PAYLOAD_SECRET (e.g. openssl rand -hex 32)')
  })

  it('is valid, and every service restarts by itself and has a health check', async () => {
    const { code, stdout, stderr } = await compose({ PAYLOAD_SECRET: secret })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const { services, volumes } = parse(stdout) as {
      services: Record<string, Service>
      volumes: Record<string, unknown>
    }
    expect(Object.keys(services).sort()).toEqual(['app', 'backup', 'mongo', 'proxy'])
    // The backup service runs when asked (`docker compose run --rm backup …`), never with `up`.
    expect(services.backup.profiles).toEqual(['backup'])
    for (const [name, service] of Object.entries(services).filter(([, s]) => !s.profiles)) {
      expect(service.restart, name).toBe('unless-stopped')
      expect(service.healthcheck?.test.join(' '), name).toBeTruthy()
    }
    // MongoDB: a replica set initialised by its own health check, data in a named volume.
    expect(JSON.stringify(services.mongo)).toContain('--replSet')
    expect(services.mongo.healthcheck!.test.join(' ')).toContain('rs.initiate')
    // Healthy only as the primary: mongosh's exit code is what Docker reads, and rs.status().ok
    // is 1 on a secondary too.
    expect(services.mongo.healthcheck!.test.join(' ')).toContain('quit(db.hello().isWritablePrimary ? 0 : 1)')
    expect(volumes).toHaveProperty('mongo-data')
    expect(mounts(services.mongo)).toContain('mongo-data:/data/db:rw')
    // The app: its secret from the environment, reachable only through the proxy, which it trusts for addresses.
    expect(services.app.environment).toMatchObject({ PAYLOAD_SECRET: secret, TRUSTED_PROXIES: 1 })
    expect(services.app.ports).toBeUndefined()
    expect(services.app.healthcheck!.test.join(' ')).toContain('/api/health')
    // A command run in the app's container (an import) refreshes the app itself, not the public
    // address (port 80 there answers nothing).
    expect(services.app.environment!.REVALIDATE_URL).toBe(`http://localhost:${services.app.environment!.PORT}`)
    expect(services.app.depends_on).toEqual({ mongo: { condition: 'service_healthy' } })
    // The proxy: the repository's nginx file, pointed at the app's port.
    expect(services.proxy.depends_on).toEqual({ app: { condition: 'service_healthy' } })
    expect(mounts(services.proxy)).toContain(`${path.join(root, 'nginx/templates')}:/etc/nginx/templates:ro`)
    expect(services.proxy.environment!.ROTA_UPSTREAM).toBe(`app:${services.app.environment!.PORT}`)
    // No proxy in front unless one is named: nobody's X-Forwarded-For is believed by nginx.
    expect(services.proxy.environment!.ROTA_REAL_IP_FROM).toBe('127.0.0.1/32')
  })

  it('backs up with the app’s own commands beside the MongoDB tools, into ./backups, on the app’s database', async () => {
    const { stdout } = await compose({ PAYLOAD_SECRET: secret })
    const { services } = parse(stdout) as { services: Record<string, Service> }
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8')
    // Two stages of one Dockerfile: the app, and the app with mongodump and mongorestore.
    expect(services.app.build?.target).toBe('app')
    expect(services.backup.build?.target).toBe('backup')
    expect(dockerfile).toMatch(/^FROM node:\S+ AS app$/m)
    expect(dockerfile).toMatch(/^FROM app AS backup$/m)
    expect(dockerfile).toMatch(/^COPY --from=mongo:7 \/usr\/bin\/mongodump \/usr\/bin\/mongorestore \/usr\/bin\/$/m)
    expect(services.backup.environment!.DATABASE_URI).toBe(services.app.environment!.DATABASE_URI)
    expect(mounts(services.backup)).toContain(`${path.join(root, 'backups')}:/backups:rw`)
    expect(services.backup.depends_on).toEqual({ mongo: { condition: 'service_healthy' } })
    // The files stay out of the repository and out of the app's image.
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toMatch(/^\/backups\/$/m)
    expect(readFileSync(path.join(root, '.dockerignore'), 'utf8')).toMatch(/^backups$/m)
  })

  it('names the TLS proxy in front to nginx, whose X-Forwarded-For it then believes', async () => {
    const { code, stdout } = await compose({ PAYLOAD_SECRET: secret, FRONT_PROXY_ADDRESS: '172.17.0.1/32' })
    expect(code).toBe(0)
    const { services } = parse(stdout) as { services: Record<string, Service> }
    expect(services.proxy.environment!.ROTA_REAL_IP_FROM).toBe('172.17.0.1/32')
    expect(services.app.environment).toMatchObject({ TRUSTED_PROXIES: 1 })
  })

  it('gives the proxy every value its nginx template asks for', async () => {
    const { stdout } = await compose({ PAYLOAD_SECRET: secret })
    const proxy = (parse(stdout) as { services: Record<string, Service> }).services.proxy
    const template = readFileSync(path.join(root, 'nginx/templates/rota.conf.template'), 'utf8')
    const asked = new Set([...template.matchAll(/\$\{(ROTA_[A-Z_]+)\}/g)].map((m) => m[1]))
    expect([...asked].sort()).toEqual(['ROTA_CACHE_DIR', 'ROTA_LISTEN', 'ROTA_REAL_IP_FROM', 'ROTA_UPSTREAM'])
    for (const name of asked) expect(proxy.environment, name).toHaveProperty(name)
    // Only ROTA_* values are filled in: nginx's own $variables stay as they are.
    expect(proxy.environment!.NGINX_ENVSUBST_FILTER).toBe('ROTA_')
  })

  it('has exactly the services the production guide names', async () => {
    const guide = readFileSync(path.join(root, 'docs/operations/production.md'), 'utf8')
    const table = guide.split('## Services')[1].split('\n## ')[0]
    const named = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]).sort()
    const { stdout } = await compose({ PAYLOAD_SECRET: secret })
    expect(named).toEqual(Object.keys((parse(stdout) as { services: object }).services).sort())
  })
})

import { spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '@tests/support/app-server'

const root = path.resolve(import.meta.dirname, '../..')
export const nginxBinary = '/usr/sbin/nginx'

/**
 * The repository's nginx configuration (the file docker-compose mounts) filled in as the
 * official image would fill it from ROTA_* variables. The file names one app; for several,
 * its `server` line is repeated once per address, as docker's DNS does for replicas. No proxy
 * in front unless `realIpFrom` names one (192.0.2.1 is an address no test connects from).
 */
export function proxyConfig(values: {
  listen: number
  upstreams: string[]
  cacheDir: string
  realIpFrom?: string
}): string {
  const template = readFileSync(path.join(root, 'nginx/templates/rota.conf.template'), 'utf8')
  return template
    .replace(/^(\s*)server \$\{ROTA_UPSTREAM\}(.*)$/m, (_, indent: string, rest: string) =>
      values.upstreams.map((upstream) => `${indent}server ${upstream}${rest}`).join('\n'),
    )
    .replaceAll('${ROTA_LISTEN}', String(values.listen))
    .replaceAll('${ROTA_CACHE_DIR}', values.cacheDir)
    .replaceAll('${ROTA_REAL_IP_FROM}', values.realIpFrom ?? '192.0.2.1/32')
}

/**
 * Debian's nginx with `config(dir, port)` in its http block, in a directory of its own, on a
 * free port; answers once `/api/health` does. Workers run as `nobody` when started as root, so
 * the directory is made readable and writable for them.
 */
async function runNginx(config: (dir: string, port: number) => string, extraHttp = '') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-nginx-'))
  chmodSync(dir, 0o777)
  for (const sub of ['cache', 'temp']) {
    mkdirSync(path.join(dir, sub))
    chmodSync(path.join(dir, sub), 0o777)
  }
  const port = await freePort()
  writeFileSync(path.join(dir, 'rota.conf'), config(dir, port))
  const temp = path.join(dir, 'temp')
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
worker_processes auto;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  ${extraHttp}
  include ${dir}/rota.conf;
}
`,
  )
  const nginx = spawn(nginxBinary, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  nginx.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}): ${errors}`)
    try {
      await fetch(`${baseUrl}/api/health`)
      break
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${baseUrl}: ${errors}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  return {
    baseUrl,
    dir,
    stop() {
      nginx.kill('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * The repository's configuration in front of `upstreams`. `extraHttp` adds http-level lines (a
 * benchmark's static server, `proxy_bind`); `realIpFrom` names a proxy in front of this one.
 */
export function startProxy(upstreams: string[], extraHttp = '', realIpFrom?: string) {
  return runNginx(
    (dir, listen) => proxyConfig({ listen, upstreams, cacheDir: path.join(dir, 'cache'), realIpFrom }),
    extraHttp,
  )
}

/**
 * A TLS proxy's part in front of the compose proxy (without the TLS): it passes every request
 * on from `bindAddress`, adding the client's address to X-Forwarded-For as such proxies do.
 */
export function startFrontProxy(target: string, bindAddress: string) {
  return runNginx(
    (_dir, listen) => `server {
  listen ${listen};
  location / {
    proxy_pass ${target};
    proxy_bind ${bindAddress};
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
  }
}
`,
  )
}

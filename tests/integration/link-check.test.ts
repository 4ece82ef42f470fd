import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkUrl, type CheckOptions } from '@/cms/link-check/check-url'
import { checkResourceLinks } from '@/cms/link-check/run'
import { readContentStamp } from '@/cms/instances/content-stamp'
import { testSecret } from '@tests/support/app-server'
import { cliDatabaseUri } from '@tests/support/cli-database'
import { usePayload } from '@tests/support/boot'
import { createCast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { tempDir, writeContentFile } from '@tests/support/import'

/**
 * The resource link checker against a local server with every case (tests never reach the
 * internet), its refusal of internal addresses, and what it stores for staff.
 */
const ctx = usePayload()
let server: Server
let base: string
/** Requests the local server received, as "METHOD /path from address". */
const seen: string[] = []
let flaky = 0

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} at ${req.socket.localAddress}`)
    const port = (server.address() as AddressInfo).port
    const routes: Record<string, () => void> = {
      '/ok': () => res.writeHead(200).end('ok'),
      '/head-refused': () => res.writeHead(req.method === 'HEAD' ? 405 : 200).end(),
      '/moved': () => res.writeHead(301, { Location: '/ok' }).end(),
      '/gone': () => res.writeHead(404).end(),
      '/flaky': () => res.writeHead(++flaky <= 2 ? 503 : 200).end(),
      '/down': () => res.writeHead(500).end(),
      '/slow': () => undefined,
      '/loop': () => res.writeHead(302, { Location: '/loop' }).end(),
      '/to-internal': () => res.writeHead(302, { Location: `http://127.0.0.2:${port}/ok` }).end(),
      '/to-metadata': () => res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    }
    ;(routes[req.url ?? ''] ?? (() => res.writeHead(404).end()))()
  })
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})

/** Only the local server's own address counts as "public" here; 127.0.0.2 stands for an internal one. */
const local: CheckOptions = { addressAllowed: (a) => a === '127.0.0.1', timeoutMs: 500, retryDelayMs: 10 }

describe('checking one link', () => {
  it.each([
    ['/ok', { state: 'ok', httpStatus: 200, redirectsTo: null }],
    ['/head-refused', { state: 'ok', httpStatus: 200, redirectsTo: null }],
    ['/gone', { state: 'broken', httpStatus: 404, redirectsTo: null }],
    ['/down', { state: 'broken', httpStatus: 500, redirectsTo: null }],
    ['/slow', { state: 'unreachable', httpStatus: null, redirectsTo: null }],
  ])('%s is %o', async (route, expected) => {
    const status = await checkUrl(base + route, local)
    expect(status).toEqual({ ...expected, checkedAt: expect.any(String) })
    expect(Date.parse(status.checkedAt)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('follows a redirect and says where the link now goes', async () => {
    expect(await checkUrl(`${base}/moved`, local)).toMatchObject({
      state: 'redirected',
      httpStatus: 200,
      redirectsTo: `${base}/ok`,
    })
  })

  it('asks HEAD first and GET only when HEAD is refused', async () => {
    seen.length = 0
    await checkUrl(`${base}/head-refused`, local)
    expect(seen.map((s) => s.split(' ')[0])).toEqual(['HEAD', 'GET'])
  })

  it('tries a failing server again before calling it broken', async () => {
    flaky = 0
    expect(await checkUrl(`${base}/flaky`, local)).toMatchObject({ state: 'ok', httpStatus: 200 })
    expect(flaky).toBe(3)
  })

  it('stops a redirect loop', async () => {
    expect(await checkUrl(`${base}/loop`, local)).toMatchObject({ state: 'broken', redirectsTo: `${base}/loop` })
  })

  it('a port nobody listens on is unreachable', async () => {
    expect(await checkUrl('http://127.0.0.1:9/ok', { ...local, retries: 0 })).toMatchObject({ state: 'unreachable' })
  })
})

describe('internal addresses', () => {
  it('are never requested by default: loopback by number or by name, cloud metadata', async () => {
    seen.length = 0
    const port = (server.address() as AddressInfo).port
    for (const url of [
      `http://127.0.0.1:${port}/ok`,
      `http://localhost:${port}/ok`,
      'http://169.254.169.254/latest/',
    ]) {
      expect(await checkUrl(url, { retries: 0, timeoutMs: 500 }), url).toMatchObject({ state: 'unreachable' })
    }
    expect(seen).toEqual([])
  })

  it('are refused at every redirect too: nothing reaches the internal address', async () => {
    seen.length = 0
    expect(await checkUrl(`${base}/to-internal`, local)).toMatchObject({
      state: 'unreachable',
      redirectsTo: expect.stringContaining('127.0.0.2'),
    })
    expect(await checkUrl(`${base}/to-metadata`, local)).toMatchObject({ state: 'unreachable' })
    expect(seen.filter((s) => s.endsWith('127.0.0.2'))).toEqual([])
  })
})

describe('checking every resource', () => {
  let ids: Record<string, string>

  beforeAll(async () => {
    await createCast(ctx.payload)
    ids = {}
    for (const route of ['/ok', '/gone', '/moved']) {
      const resource = await ctx.payload.create({
        collection: 'resources',
        data: { url: base + route, title: `Kaynak ${route}`, _status: 'published' },
      })
      ids[route] = resource.id
    }
    // An editor's pending draft of the broken one, which the check must leave alone.
    await ctx.payload.update({
      collection: 'resources',
      id: ids['/gone'],
      draft: true,
      data: { title: 'Taslak başlık', _status: 'draft' },
    })
  })

  it('stores the result for staff as linkStatus, leaves editors’ drafts alone, and tells every instance', async () => {
    const versionsBefore = await ctx.payload.countVersions({
      collection: 'resources',
      where: { parent: { equals: ids['/gone'] } },
    })
    const stampBefore = await readContentStamp(ctx.payload)
    const run = await checkResourceLinks(ctx.payload, { ...local, perHostGapMs: 0 })
    expect(run.checked.map((c) => [c.url, c.status.state]).sort()).toEqual(
      [
        [`${base}/gone`, 'broken'],
        [`${base}/moved`, 'redirected'],
        [`${base}/ok`, 'ok'],
      ].sort(),
    )
    expect(run.changed).toBe(3)
    expect(await readContentStamp(ctx.payload)).not.toBe(stampBefore)

    const http = httpClient(ctx.payload)
    const editor = await tokenFor(ctx.payload, 'editor@example.org')
    const asStaff = await http.rest('GET', `resources/${ids['/gone']}?draft=true`, { token: editor })
    expect(asStaff.json.linkStatus).toEqual({
      state: 'broken',
      httpStatus: 404,
      redirectsTo: null,
      checkedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    expect(Object.keys(asStaff.json.linkStatus as object)).toEqual(['state', 'httpStatus', 'redirectsTo', 'checkedAt'])
    expect(asStaff.json.title).toBe('Taslak başlık')
    const moved = await http.rest('GET', `resources/${ids['/moved']}`, { token: editor })
    expect(moved.json.linkStatus).toMatchObject({ state: 'redirected', redirectsTo: `${base}/ok` })
    expect(
      (await ctx.payload.countVersions({ collection: 'resources', where: { parent: { equals: ids['/gone'] } } }))
        .totalDocs,
    ).toBe(versionsBefore.totalDocs)

    // Readers get no linkStatus, and nobody writes it over the API.
    const anonymous = await http.rest('GET', `resources/${ids['/gone']}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json).not.toHaveProperty('linkStatus')
    expect((await http.rest('GET', 'link-checks')).status).toBe(403)
    const admin = await tokenFor(ctx.payload, 'admin@example.org')
    expect((await http.rest('POST', 'link-checks', { token: admin, body: { resource: ids['/ok'] } })).status).toBe(403)

    // Nothing changed: nothing to tell the other instances.
    const again = await checkResourceLinks(ctx.payload, { ...local, perHostGapMs: 0 })
    expect(again.changed).toBe(0)
  })

  it('a link edited since its check is "not checked yet", and a deleted resource takes its check along', async () => {
    await ctx.payload.update({ collection: 'resources', id: ids['/ok'], data: { url: `${base}/ok?new=1` } })
    const http = httpClient(ctx.payload)
    const editor = await tokenFor(ctx.payload, 'editor@example.org')
    expect((await http.rest('GET', `resources/${ids['/ok']}`, { token: editor })).json.linkStatus).toBeNull()
    await ctx.payload.delete({ collection: 'resources', id: ids['/moved'] })
    const { totalDocs } = await ctx.payload.count({
      collection: 'link-checks',
      where: { resource: { equals: ids['/moved'] } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('the weekly job', () => {
  it('is scheduled for Monday nights and stores what it finds', async () => {
    const task = ctx.payload.config.jobs.tasks?.find((t) => t.slug === 'checkResourceLinks')
    expect(task?.schedule).toEqual([{ cron: '0 0 4 * * 1', queue: 'nightly' }])
    const resource = await ctx.payload.create({
      collection: 'resources',
      data: { url: `${base}/gone?job=1`, title: 'Haftalık görev kaynağı', _status: 'published' },
    })
    process.env.LINK_CHECK_ALLOW_PRIVATE = '1'
    try {
      await ctx.payload.jobs.queue({ task: 'checkResourceLinks', input: {}, queue: 'nightly' })
      await ctx.payload.jobs.run({ queue: 'nightly' })
    } finally {
      delete process.env.LINK_CHECK_ALLOW_PRIVATE
    }
    const { docs } = await ctx.payload.find({
      collection: 'link-checks',
      where: { resource: { equals: resource.id } },
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({ state: 'broken', httpStatus: 404 })
  })
})

describe('npm run check-links', () => {
  it('checks the links of a database and prints each failing one and the counts, in Turkish', async () => {
    const dir = tempDir('rota-links-')
    const env = {
      ...process.env,
      DATABASE_URI: cliDatabaseUri('links'),
      PAYLOAD_SECRET: testSecret,
      SERVER_URL: '',
      LINK_CHECK_ALLOW_PRIVATE: '1',
    }
    Reflect.deleteProperty(env, 'npm_config_loglevel')
    const run = (script: string, args: string[]) =>
      new Promise<{ code: number; stdout: string }>((resolve) =>
        execFile('npm', ['run', script, '--', ...args], { env, timeout: 120_000 }, (error, stdout) =>
          resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout }),
        ),
      )
    const content = path.join(dir, 'content')
    writeContentFile(
      content,
      'soru-1-secenek-1.md',
      { title: 'Evet.', question_id: 1, choice_id: 1 },
      `Bakınız [rehber](${base}/gone) ve [kurs](${base}/ok).`,
    )
    expect((await run('import', [content])).code).toBe(0)
    const checked = await run('check-links', [])
    expect(checked.code).toBe(0)
    expect(checked.stdout).toContain(`kırık: `)
    expect(checked.stdout).toContain(`<${base}/gone> (HTTP 404`)
    expect(checked.stdout).toContain('2 bağlantı denetlendi: 1 çalışıyor, 0 yönlendiriyor, 1 kırık, 0 ulaşılamadı.')
  })
})

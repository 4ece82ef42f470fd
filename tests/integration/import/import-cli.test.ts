import { execFile } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { ImportReport } from '@content-import/report'
import { brokenDir, trDir } from '@tests/fixtures/import'
import { testSecret } from '@tests/support/app-server'
import { npmRunner, type CliResult } from '@tests/support/cli-database'
import { readFolder, tempDir } from '@tests/support/import'

/**
 * The real command lines an editor types, on a database of their own (each start costs a few
 * seconds, so the runs are few and build on each other).
 */
const { run: npmRun, env, root } = npmRunner('import-cli', testSecret)

describe('npm run import', () => {
  it('--json on a clean run: stdout is only the JSON report, exit code 0, the summary on stderr', async () => {
    const result = await npmRun('import', [trDir, '--json'])
    expect(result.stderr).not.toMatch(/Error|HATA/)
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as ImportReport
    expect(result.stdout.trim()).toBe(JSON.stringify(report, null, 2))
    expect(Object.keys(report)).toEqual([
      'files',
      'imported',
      'created',
      'updated',
      'unchanged',
      'conflicts',
      'errors',
      'warnings',
    ])
    expect(report).toMatchObject({
      files: 11,
      imported: 11,
      created: { areas: 2, questions: 3, choices: 9, advice: 9, resources: 15 },
      unchanged: 0,
      errors: [],
    })
    expect(report.warnings.map((w) => w.file)).toContain('quirks/javascript-link.md')
    expect(result.stderr).toContain('Özet:')
    expect(result.stderr).toContain('UYARI     quirks/javascript-link.md:6:')
  })

  it('exit code 1 when a file had an error; the good file beside it is still imported', async () => {
    const result = await npmRun('import', [brokenDir, '--json'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as ImportReport
    expect(report).toMatchObject({ files: 8, imported: 1, created: { choices: 1, advice: 1 } })
    expect(report.errors).toHaveLength(7)
    expect(report.errors).toContainEqual({
      file: 'unparseable-yaml-colon-in-title-line-4.md',
      line: 4,
      message: expect.any(String),
    })
    expect(result.stderr).toContain('HATA      unparseable-yaml-colon-in-title-line-4.md:4:')
  })

  it.each([
    ['an unknown option', ['--forse', trDir], /Bilinmeyen seçenek: --forse/],
    ['an unknown language', [trDir, '--locale', 'fr'], /--locale "fr" bilinmiyor; şunlardan biri olmalı: tr, en/],
    ['a missing path', [path.join(tempDir('rota-cli-'), 'yok'), '--json'], /bulunamadı\. Bir Markdown dosyası ya da/],
  ])(
    'exit code 2 for a usage error (%s), told in Turkish on stderr, nothing on stdout',
    async (_what, args, message) => {
      const result = await npmRun('import', args)
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(message)
      expect(result.stderr).toContain('Kullanım: npm run import --')
    },
  )
})

describe('npm run export', () => {
  it('writes the database the imports wrote back as files, exit code 0', async () => {
    const out = path.join(tempDir('rota-cli-export-'), 'disa-aktarim')
    const result = await npmRun('export', [out])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/13 dosya yazıldı \(3 soru, 10 reçete\)/)
    const files = readFolder(out)
    expect(Object.keys(files)).toContain('soru-003-secenek-10.md')
    expect(files['soru-016-secenek-2.md']).toContain('&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4')
  })
})

describe('npm run import inside the app container (docker-compose.yml)', () => {
  it('tells REVALIDATE_URL (the app itself) that content changed, not the public SERVER_URL', async () => {
    const { createServer } = await import('node:http')
    const asked: string[] = []
    const app = createServer((req, res) => {
      asked.push(`${req.method} ${req.url}`)
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":true}')
    })
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
    const { port } = app.address() as { port: number }
    try {
      const result = await new Promise<CliResult>((resolve) => {
        execFile(
          'npm',
          ['run', 'import', '--', trDir],
          {
            cwd: root,
            // The public address, which nothing answers from inside the container.
            env: { ...env, SERVER_URL: 'http://127.0.0.1:9', REVALIDATE_URL: `http://127.0.0.1:${port}` },
            timeout: 120_000,
          },
          (error, stdout, stderr) =>
            resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        )
      })
      expect(result.code, result.stderr).toBe(0)
      expect(asked).toEqual(['POST /api/revalidate'])
      expect(result.stderr + result.stdout).toContain(`Site yenilendi (http://127.0.0.1:${port})`)
    } finally {
      app.close()
    }
  })
})

import { execFile } from 'node:child_process'
import { symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { importContent } from '@content-import/import'
import type { ImportReport } from '@content-import/report'
import { testSecret } from '@tests/support/app-server'
import { cliDatabaseUri } from '@tests/support/cli-database'
import { usePayload } from '@tests/support/boot'
import { fuzzSeed, random } from '@tests/support/fuzz/fuzz'
import { fuzzedContentFile } from '@tests/support/fuzz/fuzz-content'
import { findAdvice, findQuestion, tempDir } from '@tests/support/import'

/**
 * A folder of hostile and careless files beside a good one: every bad file is refused alone
 * with a short Turkish message, the good file is imported, the run ends with its report.
 */
const ctx = usePayload()
const root = path.resolve(import.meta.dirname, '../../..')
const front = (q: string | number, c: number, body: string) =>
  `---\ntitle: Seçenek\nquestion_id: ${q}\nchoice_id: ${c}\n---\n${body}\n`

function hostileFolder(): string {
  const dir = tempDir()
  const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text)
  write('iyi.md', front(3, 1, 'İyi dosya, **içe aktarılır**.'))
  write('buyuk-sayi.md', front('9007199254740993', 1, 'x'))
  write('cok-buyuk-sayi.md', front('99999999999999999999', 1, 'x'))
  write('milyon.md', front(1_000_000, 1, 'x'))
  let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
  for (let i = 1; i < 10; i++)
    bomb += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
      .fill(`*${String.fromCharCode(96 + i)}`)
      .join(',')}]\n`
  write('takma-ad.md', `---\n${bomb}title: x\nquestion_id: 4\nchoice_id: 1\n---\nx\n`)
  write('dev.md', front(5, 1, 'lorem ipsum dolor sit amet\n'.repeat(2_000_000)))
  write('ic-ice.md', front(6, 1, Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')))
  write('parantez.md', front(6, 2, `${'['.repeat(20_000)}${'*'.repeat(20_000)}`))
  write(
    'baglanti.md',
    front(6, 3, Array.from({ length: 300 }, (_, i) => `[k${i}](https://example.org/${i})`).join(' ')),
  )
  write('renk\u001b[31m.md', front(7, 1, 'x').replace('question_id: 7', 'question_id: sıfır'))
  symlinkSync('.', path.join(dir, 'dongu'))
  return dir
}

let dir: string
let report: ImportReport

beforeAll(async () => {
  dir = hostileFolder()
  report = await importContent(ctx.payload, [dir], { locale: 'tr', status: 'published' })
}, 180_000)

describe('a folder of hostile files beside a good one', () => {
  it('imports the good file and refuses each bad one alone, with a short message naming what to fix', async () => {
    expect(report.files).toBe(10)
    expect(report.imported).toBe(1)
    expect(await findAdvice(ctx.payload, 3, 1)).toBeTruthy()
    const byFile = Object.fromEntries(report.errors.map((e) => [e.file, e.message]))
    expect(byFile).toEqual({
      'buyuk-sayi.md': 'question_id 1 ile 999.999 arasında bir tam sayı olmalı; 9007199254740993 okundu.',
      'cok-buyuk-sayi.md': 'question_id 1 ile 999.999 arasında bir tam sayı olmalı; 99999999999999999999 okundu.',
      'milyon.md': 'question_id 1 ile 999.999 arasında bir tam sayı olmalı; 1000000 okundu.',
      'takma-ad.md': expect.stringContaining('çok fazla YAML takma adı'),
      'dev.md': expect.stringMatching(/^Dosya çok büyük \([\d.]+ KB\)/),
      'ic-ice.md': expect.stringContaining('çok derin iç içe'),
      'parantez.md': expect.stringContaining('yıldız (*)'),
      'baglanti.md': expect.stringContaining('300 bağlantı var'),
      'renk\\u001b[31m.md': expect.stringContaining('question_id 1 ile 999.999'),
    })
    for (const message of Object.values(byFile)) expect(message.length).toBeLessThan(400)
    expect(report.warnings.map((w) => w.file)).toContain('dongu')
  })

  it('writes nothing for a refused file: no placeholder question 1,000,000 or 6 is published', async () => {
    expect(await findQuestion(ctx.payload, 6)).toBeUndefined()
    expect((await ctx.payload.count({ collection: 'questions' })).totalDocs).toBe(1)
  })

  it('a fuzzed folder (seeded) always ends with a report that accounts for every file', async () => {
    const fuzzDir = tempDir()
    const r = random(fuzzSeed + 4)
    for (let i = 0; i < 60; i++)
      writeFileSync(path.join(fuzzDir, `f${String(i).padStart(2, '0')}.md`), fuzzedContentFile(r))
    const fuzzed = await importContent(ctx.payload, [fuzzDir], { locale: 'tr', status: 'published' })
    const refused = new Set([...fuzzed.errors.map((e) => e.file), ...fuzzed.conflicts.map((c) => c.file)])
    expect(fuzzed.files).toBe(60)
    expect(fuzzed.imported + refused.size).toBe(60)
  })
})

describe('npm run import -- <folder with a symbolic-link loop> --dry-run --json', () => {
  it('ends with its JSON report and exit code 1, naming the bad files', async () => {
    const env = {
      ...process.env,
      DATABASE_URI: cliDatabaseUri('import-hostile'),
      PAYLOAD_SECRET: testSecret,
      SERVER_URL: '',
    }
    Reflect.deleteProperty(env, 'npm_config_loglevel')
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        'npm',
        ['run', 'import', '--', dir, '--dry-run', '--json'],
        { cwd: root, env, timeout: 170_000 },
        (error, stdout) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout }),
      )
    })
    expect(result.code).toBe(1)
    const cli = JSON.parse(result.stdout) as ImportReport
    expect(cli.files).toBe(10)
    expect(cli.errors.map((e) => e.file).sort()).toEqual(
      Object.keys(Object.fromEntries(report.errors.map((e) => [e.file, 1]))).sort(),
    )
  }, 180_000)
})

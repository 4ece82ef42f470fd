/**
 * `npm run bench:hostile`: the worst inputs we could build against the limits of
 * src/shared/limits.ts, timed. Goals on the 2-core dev machine:
 * - GraphQL: every hostile query is refused within 100 ms; the heaviest accepted one answers
 *   within 5 s (on 1,000 advice).
 * - Import: every hostile file is answered (imported or refused) within its 10 s bound, the
 *   process staying under 1 GB (each file is converted in its own worker run, measured here in
 *   a fresh process: elapsed time and peak resident memory).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { benchPayload } from '@bench/boot'
import { generateContent } from '@bench/generate-content'

const self = fileURLToPath(import.meta.url)
const front = (body: string) => `---\ntitle: Seçenek\nquestion_id: 7\nchoice_id: 1\n---\n${body}\n`

/** Files at (or just past) the import's bounds: the worst we found for time and memory. */
const files: Record<string, () => string> = {
  'longest paragraph (256 KB of words)': () => front('kelime '.repeat(36_000)),
  '5,000 lines of list items': () => front('- madde\n'.repeat(4_990)),
  '5,000 one-word paragraphs': () => front('a\n\n'.repeat(2_490)),
  '2,000 emphasis marks in one paragraph': () => front('a*'.repeat(1_000)),
  '16 nested list levels, 300 times': () =>
    front(
      Array.from({ length: 300 }, () => Array.from({ length: 8 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')).join(
        '\n\n',
      ),
    ),
  '200 links': () => front(Array.from({ length: 200 }, (_, i) => `[kaynak ${i}](https://example.org/${i})`).join(' ')),
  '20,000 brackets then stars (refused)': () => front(`${'['.repeat(20_000)}${'*'.repeat(20_000)}`),
  '50 MB file (refused unread)': () => front('lorem ipsum dolor sit amet\n'.repeat(2_000_000)),
  'YAML alias bomb (refused)': () => {
    let yaml = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for (let i = 1; i < 10; i++)
      yaml += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]\n`
    return `---\n${yaml}title: x\nquestion_id: 7\nchoice_id: 1\n---\nx\n`
  },
}

/** Child mode: import one file into a fresh database and print time, peak memory and outcome. */
async function importOne(file: string): Promise<void> {
  const payload = await benchPayload(path.dirname(file))
  const { importContent } = await import('@content-import/import')
  const started = performance.now()
  const report = await importContent(payload, [file], { locale: 'tr', status: 'published' })
  const ms = performance.now() - started
  const peakKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0)
  await payload.destroy()
  process.stdout.write(
    JSON.stringify({
      ms,
      peakMb: Math.round(peakKb / 1024),
      outcome: report.errors[0]?.message ?? `imported ${report.imported}`,
    }),
  )
  process.exit(0)
}

async function graphqlCases(): Promise<boolean> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-bench-graphql-'))
  generateContent(path.join(dir, 'content'), 100, 10)
  const payload = await benchPayload(dir)
  const { importContent } = await import('@content-import/import')
  await importContent(payload, [path.join(dir, 'content')], { locale: 'tr', status: 'published' })
  const { POST } = await import('@/app/(payload)/api/graphql/route')
  console.warn = () => undefined
  const ask = async (query: string) => {
    const started = performance.now()
    const response = await POST(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    )
    const text = await response.text()
    return { ms: performance.now() - started, status: response.status, kb: Math.round(text.length / 1024) }
  }
  const bomb = (n: number) =>
    `${Array.from({ length: n }, (_, i) => `fragment F${i} on Question { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${n} on Question { id } { Questions { docs { ...F0 } } }`
  const aliases = Array.from({ length: 400 }, (_, i) => `a${i}: Questions(limit: 2) { docs { id text } }`).join(' ')
  const cases: Array<[string, string, 'refused' | 'answered']> = [
    ['fragment bomb, 49 fragments each spreading the next twice (2^49 paths)', bomb(49), 'refused'],
    [
      'cyclic fragments',
      'fragment A on Question { ...B } fragment B on Question { ...A } { Questions { docs { ...A } } }',
      'refused',
    ],
    [
      'area → questions → area … four levels deep',
      '{ Areas { docs { questions { docs { area { questions { docs { area { questions { docs { area { questions { docs { id text } } } } } } } } } } } } } }',
      'refused',
    ],
    ['400 aliased list queries', `{ ${aliases} }`, 'refused'],
    ['1,993 tokens of fields', `{ Questions(limit: 1) { docs { ${'id '.repeat(1_980)} } } }`, 'answered'],
    [
      'heaviest accepted: 150 advice with bodies, resources, choice and question',
      '{ Advices(limit: 150) { docs { id title body resources { id url title kind } choice { label question { text } } } } }',
      'answered',
    ],
  ]
  await ask('{ Questions(limit: 1) { docs { id } } }') // builds the schema once, as the first request to a server does
  let ok = true
  for (const [label, query, expected] of cases) {
    const result = await ask(query)
    const outcome = result.status === 200 ? 'answered' : 'refused'
    const withinGoal = outcome === expected && result.ms <= (expected === 'refused' ? 100 : 5_000)
    ok &&= withinGoal
    process.stdout.write(
      `graphql  ${label}: ${outcome} (${result.status}) in ${result.ms.toFixed(1)} ms, ${result.kb} KB${withinGoal ? '' : '  ← goal NOT met'}\n`,
    )
  }
  await payload.destroy()
  rmSync(dir, { recursive: true, force: true })
  return ok
}

function importCases(): boolean {
  let ok = true
  for (const [label, make] of Object.entries(files)) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-bench-file-'))
    const file = path.join(dir, 'dosya.md')
    writeFileSync(file, make())
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--file', file], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    })
    rmSync(dir, { recursive: true, force: true })
    const result = JSON.parse(child.stdout || '{}') as { ms?: number; peakMb?: number; outcome?: string }
    const withinGoal = result.ms !== undefined && result.ms <= 12_000 && (result.peakMb ?? Infinity) <= 1024
    ok &&= withinGoal
    process.stdout.write(
      `import   ${label}: ${result.ms === undefined ? 'no result' : `${(result.ms / 1000).toFixed(2)} s, peak ${result.peakMb} MB`} — ${result.outcome?.slice(0, 90) ?? child.stderr.slice(0, 200)}${withinGoal ? '' : '  ← goal NOT met'}\n`,
    )
  }
  return ok
}

const fileArg = process.argv.indexOf('--file')
if (fileArg !== -1) {
  await importOne(process.argv[fileArg + 1])
} else {
  const graphqlOk = await graphqlCases()
  const importOk = importCases()
  process.stdout.write(
    `goal (hostile GraphQL refused ≤ 100 ms, heaviest accepted ≤ 5 s; each file ≤ 12 s and ≤ 1 GB): ${graphqlOk && importOk ? 'met' : 'NOT met'}\n`,
  )
  process.exit(graphqlOk && importOk ? 0 : 1)
}

/**
 * `npm run bench:import`: imports 1,000 generated advice files (3–6 KB of Turkish text,
 * about ten links each) plus their question files into a temporary SQLite database, then
 * imports them again unchanged. Goal on the 2-core dev machine: first import ≤ 20 s,
 * no-op re-import ≤ 3 s.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { benchPayload } from '@bench/boot'
import { generateContent } from '@bench/generate-content'

const questions = 100
const choicesPerQuestion = 10
const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-bench-import-'))

const generated = generateContent(path.join(dir, 'content'), questions, choicesPerQuestion)
process.stdout.write(
  `generated ${generated.count} advice files (${Math.round(generated.bytes / generated.count / 100) / 10} KB on average) + ${questions} question files\n`,
)

const payload = await benchPayload(dir)
const { importContent } = await import('@content-import/import')

async function timed(label: string) {
  const started = performance.now()
  const report = await importContent(payload, [path.join(dir, 'content')], { locale: 'tr', status: 'published' })
  const seconds = (performance.now() - started) / 1000
  process.stdout.write(
    `${label}: ${report.files} files in ${seconds.toFixed(2)} s = ${Math.round(report.files / seconds)} files/s ` +
      `(created ${JSON.stringify(report.created)}, unchanged ${report.unchanged}, errors ${report.errors.length})\n`,
  )
  return { seconds, report }
}

const first = await timed('first import ')
const again = await timed('no-op import ')
await payload.destroy()
if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true })
else process.stdout.write(`kept ${dir}\n`)

const ok =
  first.seconds <= 20 &&
  again.seconds <= 3 &&
  again.report.unchanged === again.report.files &&
  first.report.errors.length === 0
process.stdout.write(`goal (first ≤ 20 s, no-op ≤ 3 s, no errors): ${ok ? 'met' : 'NOT met'}\n`)
process.exit(ok ? 0 : 1)

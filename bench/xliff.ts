/**
 * `npm run bench:xliff`: the XLIFF exchange at agency scale. 1,000 generated advice files
 * (bench/generate-content.ts, as bench:import) are imported in Turkish and published (not
 * timed); then, timed: the XLIFF export of everything into English, a script filling every
 * target (not timed), and the import of those files as English drafts (with the command
 * line's transactions). Goals (issue 25): export ≤ 20 s, import ≤ 20 s, no errors, every unit
 * applied. One round on a fresh database; figures vary by ±50 % on this shared machine.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { benchPayload } from '@bench/boot'
import { generateContent } from '@bench/generate-content'

const goals = { exportSeconds: 20, importSeconds: 20 }
const questions = 100
const choicesPerQuestion = 10

process.env.ROTA_SQLITE_TRANSACTIONS = '1'
const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-bench-xliff-'))
const content = path.join(dir, 'content')
const generated = generateContent(content, questions, choicesPerQuestion)
const payload = await benchPayload(dir)
const { importContent } = await import('@content-import/import')
const { exportXliff } = await import('@content-import/xliff/export-xliff')
const { importXliff } = await import('@content-import/xliff/import-xliff')

const setup = await importContent(payload, [content], { locale: 'tr', status: 'published' })
process.stdout.write(
  `imported ${generated.count} Turkish advice and ${questions} questions (${setup.errors.length} errors); load average ${os.loadavg()[0].toFixed(1)}\n`,
)

const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = await work()
  const { user, system } = process.cpuUsage(cpu)
  return { result, seconds: (performance.now() - started) / 1000, cpuSeconds: (user + system) / 1e6 }
}

const out = path.join(dir, 'xliff')
const exported = await timed(() => exportXliff(payload, out, { locale: 'en' }))
const names = readdirSync(out)
const bytes = names.reduce((sum, name) => sum + statSync(path.join(out, name)).size, 0)
process.stdout.write(
  `export: ${exported.seconds.toFixed(2)} s, CPU ${exported.cpuSeconds.toFixed(2)} s: ${exported.result.files} files (${(bytes / 1024 / 1024).toFixed(1)} MB), ${exported.result.documents} documents, ${exported.result.units} units\n`,
)

// A translator's tool: every source copied to its target, each text run marked as translated
// (a segment memory candidates point at has an id).
for (const name of names) {
  const file = path.join(out, name)
  const xml = readFileSync(file, 'utf8').replace(
    /<segment(?: id="s1")?>(<source>([\s\S]*?)<\/source>)<\/segment>/g,
    (_m, source: string, inner: string) =>
      `<segment state="translated">${source}<target>${inner.replace(/(^|>)([^<]+)/g, (_t, open: string, text: string) => `${open}EN ${text}`)}</target></segment>`,
  )
  writeFileSync(file, xml)
}

const imported = await timed(() => importXliff(payload, [out], { locale: 'en', status: 'draft' }))
const report = imported.result
process.stdout.write(
  `import: ${imported.seconds.toFixed(2)} s, CPU ${imported.cpuSeconds.toFixed(2)} s: ${report.imported}/${report.files} files, updated ${JSON.stringify(report.updated)}, errors ${report.errors.length}, units not applied ${report.units?.length ?? 0}; load average ${os.loadavg()[0].toFixed(1)}\n`,
)
for (const error of report.errors.slice(0, 5)) process.stdout.write(`  ${error.file}: ${error.message}\n`)

await payload.destroy()
if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true })
else process.stdout.write(`kept ${dir}\n`)

const notMet = [
  exported.seconds > goals.exportSeconds && `export ${exported.seconds.toFixed(2)} s > ${goals.exportSeconds} s`,
  imported.seconds > goals.importSeconds && `import ${imported.seconds.toFixed(2)} s > ${goals.importSeconds} s`,
  setup.errors.length + report.errors.length > 0 && 'errors',
  (report.units?.length ?? 0) > 0 && 'units not applied',
  report.updated.advice !== generated.count && `${report.updated.advice} advice updated, not ${generated.count}`,
].filter(Boolean)
process.stdout.write(notMet.length ? `goals NOT met: ${notMet.join('; ')}\n` : 'goals: met\n')
process.exit(notMet.length ? 1 : 0)

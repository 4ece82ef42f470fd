/**
 * `npm test`: the programs it drives (preflight.ts: installed where it can), type check, lint,
 * formatting, then every vitest project (unit, integration, browser). Ends with the line CI
 * reads: "N passed, N failed" (the type check, lint and formatting count as one check each).
 * Exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { preflight } from '@tests/tooling/preflight'

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status === 0

const refused = preflight()
if (refused) {
  process.stdout.write(`\n${refused}\n\n0 passed, 1 failed\n`)
  process.exit(1)
}

let passed = 0
let failed = 0
for (const [name, args, fix] of [
  ['type check', ['tsc', '--noEmit', '-p', '.'], ''],
  ['lint', ['eslint', '.'], ''],
  [
    'format',
    ['prettier', '--check', '.'],
    'the files named above are not formatted: run `npm run format` (or `npx prettier --write <file>`)',
  ],
] as const) {
  process.stdout.write(`\n> ${name}\n`)
  if (run('npx', [...args])) passed++
  else {
    failed++
    process.stdout.write(`${name} failed${fix ? `: ${fix}` : ''}\n`)
  }
}

/**
 * Unit and integration files run two at a time: each owns its temporary database, and on this
 * 2-core machine that halved their time (273 s → 146 s, measured). Browser files come after,
 * one at a time: they share one running app and measure timings against it.
 */
const groups = [
  ['--project', 'unit', '--project', 'integration', '--fileParallelism', '--maxWorkers=2'],
  ...(process.env.MONGODB_URI ? [['--project', 'integration-mongodb']] : []),
  ['--project', 'browser'],
]
const summaryDir = mkdtempSync(path.join(os.tmpdir(), 'rota-summary-'))
const extra = process.argv.slice(2)
for (const [index, group] of groups.entries()) {
  const summaryFile = path.join(summaryDir, `summary-${index}.json`)
  // --passWithNoTests: a file named on the command line belongs to one group only.
  const vitestOk = run('npx', ['vitest', 'run', '--passWithNoTests', ...group, ...extra], {
    ...process.env,
    ROTA_SUMMARY_FILE: summaryFile,
  })
  let counts = { passed: 0, failed: 1 }
  try {
    counts = JSON.parse(readFileSync(summaryFile, 'utf8'))
  } catch {
    process.stdout.write('vitest ended without a summary (it crashed before reporting)\n')
  }
  passed += counts.passed
  failed += counts.failed
  if (!vitestOk && counts.failed === 0) failed++
}

// Said in one line, so a green run on a machine without MongoDB is not read as MongoDB passing.
if (!process.env.MONGODB_URI)
  process.stdout.write(
    '\nMongoDB: 0 tests run, skipped: MONGODB_URI is not set (no MongoDB server on this machine); ' +
      'set MONGODB_URI=mongodb://…/?replicaSet=… to run the integration tests (migrations, command-line tools, several instances) against it too\n',
  )
process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
process.exit(failed === 0 ? 0 : 1)

/**
 * `npm run check-upgrade`: the newest `next`, `payload` and `@payloadcms/*` within the majors in
 * use, tried in a scratch copy of the working tree (this one is not touched): install, apply
 * patches/, build, `npm test`. Ends with upgrade-report.ts's report; exits non-zero unless all
 * passed. README, "Upgrading Next.js and Payload".
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  failedChecks,
  failedPatches,
  upgradeReport,
  upgradeSpecs,
  type UpgradeRun,
} from '@tests/tooling/upgrade-report'

const root = path.resolve(import.meta.dirname, '../..')

/** Runs a command in `cwd`, its output shown as it comes and returned. */
function run(command: string, args: string[], cwd: string): Promise<{ ok: boolean; output: string }> {
  process.stdout.write(`\n> ${command} ${args.join(' ')}\n`)
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } })
    let output = ''
    const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
      output += chunk.toString()
      to.write(chunk)
    }
    child.stdout.on('data', (chunk: Buffer) => keep(chunk, process.stdout))
    child.stderr.on('data', (chunk: Buffer) => keep(chunk, process.stderr))
    child.on('close', (status) => resolve({ ok: status === 0, output }))
  })
}

/** The working tree as git sees it (tracked and new files, not the ignored ones) in `to`. */
function copyWorkingTree(to: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
  if (listed.status !== 0) throw new Error(`git ls-files failed in ${root}: ${listed.stderr}`)
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true })
    try {
      cpSync(path.join(root, file), path.join(to, file))
    } catch {
      // A file deleted but not yet committed is listed and absent: the copy is of what is here.
    }
  }
}

async function main(): Promise<number> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'rota-upgrade-'))
  process.stdout.write(`Scratch copy: ${scratch}\n`)
  copyWorkingTree(scratch)
  const manifest = (dir: string) =>
    JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  const before = manifest(scratch).dependencies
  const specs = upgradeSpecs(before)
  const result: UpgradeRun = { versions: {}, patches: [], build: 'not run', tests: 'not run' }

  // Scripts wait: patch-package runs on its own below, so a patch that fails is named, not fatal.
  const install = await run('npm', ['install', '--save-exact', '--ignore-scripts', '--no-audit', ...specs], scratch)
  if (!install.ok) {
    process.stdout.write(`\nnpm install of ${specs.join(' ')} failed (its output is above).\n`)
    return 1
  }
  const installed = manifest(scratch).dependencies
  for (const spec of specs) {
    const name = spec.slice(0, spec.lastIndexOf('@'))
    result.versions[name] =
      installed[name] === before[name]
        ? `${installed[name]} (the version in use)`
        : `${before[name]} → ${installed[name]}`
  }
  // The dependencies' own install scripts (native builds), which --ignore-scripts held back.
  if (!(await run('npm', ['rebuild'], scratch)).ok)
    process.stdout.write('\nnpm rebuild failed (its output is above).\n')
  const patched = await run('npx', ['patch-package', '--error-on-fail'], scratch)
  result.patches = failedPatches(patched.output)
  if (!patched.ok && result.patches.length === 0) result.patches = ['(patch-package failed; its output is above)']

  const build = await run('npm', ['run', 'build'], scratch)
  result.build = build.ok ? 'passed' : 'failed'
  // Run even after a failed build: the tripwires among the unit tests say what changed.
  const tests = await run('npm', ['test'], scratch)
  result.tests = failedChecks(tests.output)
  if (!tests.ok && result.tests.length === 0) {
    const summary = tests.output.trim().split('\n').at(-1) ?? ''
    result.tests = [{ check: 'npm test', reason: summary }]
  }
  const report = upgradeReport(result)
  process.stdout.write(`\n${report.text}\n`)
  if (report.ok) rmSync(scratch, { recursive: true, force: true })
  else process.stdout.write(`The scratch copy stays for a look: ${scratch}\n`)
  return report.ok ? 0 : 1
}

process.exit(await main())

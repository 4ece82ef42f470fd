/**
 * What `npm run check-upgrade` (check-upgrade.ts) reads and says: which packages it raises, and
 * from the output of patch-package, the build and `npm test`, what failed, tripwires first.
 */

/** `next@^16`, `payload@^3`, `@payloadcms/ui@^3`…: the newest release within the major in use. */
export function upgradeSpecs(dependencies: Record<string, string>): string[] {
  return Object.entries(dependencies)
    .filter(([name]) => name === 'next' || name === 'payload' || name.startsWith('@payloadcms/'))
    .map(([name, version]) => {
      const major = /^\D*(\d+)\./.exec(version)?.[1]
      if (!major) throw new Error(`package.json: ${name} has the version "${version}", which names no major version`)
      return `${name}@^${major}`
    })
}

const ansi = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g')
const lines = (output: string) => output.replace(ansi, '').split(/\r?\n/)

/** The patches in patches/ that patch-package could not apply to the new releases. */
export function failedPatches(output: string): string[] {
  const failed = new Set<string>()
  for (const line of lines(output)) {
    const match =
      /Failed to apply patch for package (\S+)/.exec(line) ?? /Failed to apply patch file (\S+?)\.?$/.exec(line)
    if (match) failed.add(match[1])
  }
  return [...failed]
}

export type Failure = { check: string; reason: string }

/**
 * The failed checks in `npm test`'s output: its own (type check, lint, format, the preflight)
 * and each failed vitest test with the first line of its error, which for a tripwire names the
 * framework behaviour that changed.
 */
export function failedChecks(output: string): Failure[] {
  const all = lines(output)
  const failures: Failure[] = []
  const seen = new Set<string>()
  for (const [index, line] of all.entries()) {
    const own = /^(type check|lint|format) failed/.exec(line)
    const test = /^\s*FAIL\s+(?:\|?[\w-]+\|?\s+)?(tests\/\S+(?: > .*)?)$/.exec(line)
    const check = own ? own[1] : test?.[1].trim()
    if (!check || seen.has(check)) continue
    seen.add(check)
    const reason = own ? '' : (all.slice(index + 1).find((next) => next.trim() !== '') ?? '').trim()
    failures.push({ check, reason })
  }
  return failures
}

/** A tripwire test: it guards a framework internal the code relies on. */
export const isTripwire = (failure: Failure) =>
  /\/(next-internals|payload-internals|payload-client-hints)\.test\.ts/.test(failure.check)

export type UpgradeRun = {
  versions: Record<string, string>
  patches: string[]
  build: 'passed' | 'failed' | 'not run'
  tests: Failure[] | 'not run'
}

/** The report printed at the end, in the order to act on it. */
export function upgradeReport(run: UpgradeRun): { text: string; ok: boolean } {
  const out: string[] = ['Tried:', ...Object.entries(run.versions).map(([name, version]) => `  ${name} ${version}`)]
  for (const patch of run.patches)
    out.push(`PATCH NO LONGER APPLIES: ${patch} (patches/README.md says why it exists: make it again or drop it)`)
  if (run.build === 'failed') out.push('BUILD FAILED: `npm run build` in the scratch copy (its output is above)')
  const tests = run.tests === 'not run' ? [] : run.tests
  for (const failure of [...tests.filter(isTripwire), ...tests.filter((f) => !isTripwire(f))])
    out.push(
      `${isTripwire(failure) ? 'TRIPWIRE' : 'FAILED'}: ${failure.check}${failure.reason ? `\n    ${failure.reason}` : ''}`,
    )
  const ok = run.patches.length === 0 && run.build === 'passed' && tests.length === 0 && run.tests !== 'not run'
  out.push(ok ? 'The upgrade passes: raise the versions in package.json to these.' : 'The upgrade is not ready.')
  return { text: out.join('\n'), ok }
}

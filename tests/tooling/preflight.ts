/**
 * What `npm test` drives besides Node: Debian's Chromium (browser tests), nginx (the proxy
 * configuration in nginx/), docker-compose (it validates docker-compose.yml; no engine is
 * needed) and xmllint (it judges the XLIFF files the export writes). Checked before anything runs, so a missing program stops the run at once with the
 * command that installs it, instead of failing the browser tests a quarter of an hour later.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import path from 'node:path'

export type Requirement = { program: string; debianPackage: string; why: string }

export const requirements = (chromiumPath = process.env.CHROMIUM_PATH): Requirement[] => [
  { program: chromiumPath || '/usr/bin/chromium', debianPackage: 'chromium', why: 'browser tests' },
  { program: '/usr/sbin/nginx', debianPackage: 'nginx-light', why: 'the caching proxy tests' },
  { program: 'docker-compose', debianPackage: 'docker-compose', why: 'the docker-compose.yml checks' },
  { program: 'xmllint', debianPackage: 'libxml2-utils', why: 'the XLIFF export tests (an independent XML reader)' },
]

export type Plan = { action: 'ready' } | { action: 'install'; packages: string[] } | { action: 'stop'; message: string }

/** What to do about the missing programs: nothing, install them (as root on Debian), or stop. */
export function plan(missing: Requirement[], machine: { root: boolean; aptGet: boolean }): Plan {
  if (missing.length === 0) return { action: 'ready' }
  const packages = missing.map((requirement) => requirement.debianPackage)
  if (machine.root && machine.aptGet) return { action: 'install', packages }
  const command = `${machine.root ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`
  const what = missing.map((requirement) => `${requirement.program} (${requirement.why})`).join(', ')
  return {
    action: 'stop',
    message:
      `npm test needs ${what}. Install ${missing.length === 1 ? 'it' : 'them'} with:\n  ${command}\n` +
      (machine.aptGet
        ? ''
        : 'This is not a Debian machine: install the same programs with its own package manager.\n') +
      'Then run `npm test` again. (CHROMIUM_PATH may name another Chromium.)',
  }
}

function executable(program: string): boolean {
  const candidates = program.includes('/')
    ? [program]
    : (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, program))
  return candidates.some((candidate) => {
    try {
      accessSync(candidate, constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

/** Checks, installs where it can; returns an error message when the run cannot go on. */
export function preflight(): string | null {
  const missing = requirements().filter((requirement) => !executable(requirement.program))
  const machine = { root: process.getuid?.() === 0, aptGet: executable('apt-get') }
  const next = plan(missing, machine)
  if (next.action === 'ready') return null
  if (next.action === 'stop') return next.message
  process.stdout.write(`\n> installing Debian packages: ${next.packages.join(' ')}\n`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  // Another apt-get may hold dpkg's lock (an unattended upgrade, another checkout's tests): wait for it.
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0
  if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', ...next.packages])) {
    const still = requirements().filter((requirement) => !executable(requirement.program))
    if (still.length === 0) return null
    return `apt-get installed ${next.packages.join(' ')}, but ${still.map((r) => r.program).join(', ')} is still missing`
  }
  return `could not install ${next.packages.join(' ')}: run \`apt-get install -y ${next.packages.join(' ')}\` and read its error`
}

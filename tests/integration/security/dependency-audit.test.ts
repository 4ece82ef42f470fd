import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { acceptedInDocs, auditUnavailable, unacceptedAdvisories, type AuditReport } from '@tests/support/audit'

/**
 * `npm audit --omit=dev`: no high or critical advisory in what production runs, unless the
 * docs/operations/production.md says why it does not apply. Where the registry does not serve advisories (this
 * development machine's mirror answers 405), the check says so and is skipped.
 */
const root = path.resolve(import.meta.dirname, '../../..')

describe('the dependencies production runs', () => {
  it('have no high or critical advisory that the operations guide does not explain', async (context) => {
    const stdout = await new Promise<string>((resolve) =>
      execFile('npm', ['audit', '--omit=dev', '--json'], { cwd: root, timeout: 120_000 }, (_, out) => resolve(out)),
    )
    const report = JSON.parse(stdout) as AuditReport
    const unavailable = auditUnavailable(report)
    if (unavailable) {
      console.warn(`npm audit skipped: the registry does not serve advisories here (${unavailable})`)
      context.skip()
    }
    const accepted = acceptedInDocs(readFileSync(path.join(root, 'docs/operations/production.md'), 'utf8'))
    expect(unacceptedAdvisories(report, accepted)).toEqual([])
  })
})

describe('reading an audit', () => {
  const report: AuditReport = {
    vulnerabilities: {
      next: { name: 'next', severity: 'critical' },
      qs: { name: 'qs', severity: 'high' },
      debug: { name: 'debug', severity: 'moderate' },
    },
  }

  it('fails on high and critical advisories the operations guide does not list, not on moderate ones', () => {
    expect(unacceptedAdvisories(report, [])).toEqual(['next (critical)', 'qs (high)'])
    const readme =
      '## Dependency advisories\n\n| package | why it does not apply |\n|---|---|\n| `qs` | only parses our own URLs |\n\n## Next'
    expect(unacceptedAdvisories(report, acceptedInDocs(readme))).toEqual(['next (critical)'])
  })

  it('tells a refused advisory request from a clean report', () => {
    expect(auditUnavailable({ statusCode: 405, message: '405 Method Not Allowed - POST …/advisories/bulk' })).toContain(
      '405',
    )
    expect(auditUnavailable({ vulnerabilities: {} })).toBeNull()
  })
})

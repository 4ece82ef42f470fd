import { describe, expect, it } from 'vitest'

import {
  failedChecks,
  failedPatches,
  upgradeReport,
  upgradeSpecs,
  type UpgradeRun,
} from '@tests/tooling/upgrade-report'

/** `npm run check-upgrade` says what an upgrade breaks (README, "Upgrading Next.js and Payload"). */
describe("check-upgrade's report", () => {
  it('raises next, payload and @payloadcms/* within their majors, nothing else', () => {
    expect(
      upgradeSpecs({ next: '16.5.0', payload: '3.90.2', '@payloadcms/ui': '3.90.2', react: '19.2.9', zod: '4.6.7' }),
    ).toEqual(['next@^16', 'payload@^3', '@payloadcms/ui@^3'])
    expect(() => upgradeSpecs({ next: 'latest' })).toThrow(/next has the version "latest"/)
  })

  it('names a patch that no longer applies', () => {
    const output = [
      '\u001b[1m\u001b[31m**ERROR**\u001b[39m\u001b[22m \u001b[31mFailed to apply patch for package \u001b[1m@payloadcms/ui\u001b[22m at path\u001b[39m',
      '    node_modules/@payloadcms/ui',
      'patch-package 8.0.1',
      'Applying patches...',
      '@payloadcms/next@3.91.0 ✔',
    ].join('\n')
    expect(failedPatches(output)).toEqual(['@payloadcms/ui'])
    expect(failedPatches('@payloadcms/ui@3.90.2 ✔\n')).toEqual([])
  })

  it("reads npm test's failures, a tripwire's message with it, and puts tripwires first", () => {
    const output = [
      'lint failed',
      ' FAIL   unit  tests/unit/rich-text.test.ts > rich text > folds',
      'AssertionError: expected 1 to be 2',
      '',
      ' FAIL  |unit| tests/unit/next-internals.test.ts > Next.js internals > request headers',
      'Error: Next.js now reads the request header "x-next-new" by name: explain it in next-internals.ts',
      '',
      '40 passed, 3 failed',
    ].join('\n')
    const failures = failedChecks(output)
    expect(failures.map((failure) => failure.check)).toEqual([
      'lint',
      'tests/unit/rich-text.test.ts > rich text > folds',
      'tests/unit/next-internals.test.ts > Next.js internals > request headers',
    ])
    const report = upgradeReport({
      versions: { next: '16.6.1' },
      patches: ['@payloadcms/ui'],
      build: 'passed',
      tests: failures,
    })
    expect(report.ok).toBe(false)
    const text = report.text
    expect(text).toContain('next 16.6.1')
    expect(text).toContain('PATCH NO LONGER APPLIES: @payloadcms/ui')
    expect(text).toContain('Next.js now reads the request header "x-next-new"')
    expect(text.indexOf('TRIPWIRE: tests/unit/next-internals.test.ts')).toBeLessThan(text.indexOf('FAILED: lint'))
  })

  it('passes only when patches, build and every test passed', () => {
    const passing: UpgradeRun = { versions: { payload: '3.91.0' }, patches: [], build: 'passed', tests: [] }
    expect(upgradeReport(passing).ok).toBe(true)
    expect(upgradeReport({ ...passing, build: 'failed' }).ok).toBe(false)
    expect(upgradeReport({ ...passing, tests: 'not run' }).ok).toBe(false)
  })
})

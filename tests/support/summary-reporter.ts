import { writeFileSync } from 'node:fs'

import type { Reporter, TestModule } from 'vitest/node'

/**
 * CI reads the last line of the test run: "N passed, N failed".
 * A file that fails to load counts as one failure so a broken suite can never look green.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0
    let failed = unhandledErrors.length
    for (const mod of testModules) {
      let moduleHadTests = false
      for (const test of mod.children.allTests()) {
        moduleHadTests = true
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
      }
      if (!moduleHadTests && mod.state() === 'failed') failed++
      else if (moduleHadTests && mod.errors().length > 0) failed += mod.errors().length
    }
    // Under `npm test` the counts go to a file: it adds its own checks and prints the final line.
    if (process.env.ROTA_SUMMARY_FILE) writeFileSync(process.env.ROTA_SUMMARY_FILE, JSON.stringify({ passed, failed }))
    else process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
  }
}

import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }

/**
 * WCAG 2.2 A/AA checks by axe-core; returns the serious and critical violations, of the whole
 * page or only of the elements matching `within` (a selector), leaving out those in `except`.
 */
export async function seriousViolations(page: Page, within?: string, except?: string): Promise<string[]> {
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(
    async ([selector, left]) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document | { include: string[][]; exclude?: string[][] },
              o: object,
            ) => Promise<{ violations: Violation[] }>
          }
        }
      ).axe
      if (selector && !document.querySelector(selector)) return []
      const context = selector ? { include: [[selector]], exclude: left ? [[left]] : [] } : document
      const result = await axe.run(context, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      })
      return result.violations
    },
    [within, except] as const,
  )
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

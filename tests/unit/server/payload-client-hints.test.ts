import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import { describe, expect, it } from 'vitest'

const nextConfig = path.resolve(import.meta.dirname, '../../../next.config.mjs')
type Rule = { source: string; headers: Array<{ key: string; value: string }> }
const asksColourScheme = (rule: Rule) => rule.headers.some((header) => header.key === 'Critical-CH')

/**
 * next.config.mjs finds Payload's colour-scheme client hints (Accept-CH, Critical-CH) by their
 * shape and keeps them to the admin. This is the tripwire for that shape.
 */
describe("Payload's colour-scheme client hints", () => {
  it('are asked by Payload of every page, as the filter in next.config.mjs expects', async () => {
    const rules = (await withPayload({}, { devBundleServerPackages: false }).headers!()) as Rule[]
    expect(
      rules.filter(asksColourScheme).map((rule) => rule.source),
      "Payload changed: withPayload no longer adds its Critical-CH rule for '/:path*'. Change (or drop) the filter in next.config.mjs that keeps it off the public pages",
    ).toEqual(['/:path*'])
  })

  it('reach the admin only: public pages are not asked again for the reader’s colour scheme', async () => {
    const { default: config } = (await import(nextConfig)) as { default: { headers: () => Promise<Rule[]> } }
    const rules = await config.headers()
    expect(rules.filter(asksColourScheme).map((rule) => rule.source)).toEqual(['/admin', '/admin/:path*'])
  })
})

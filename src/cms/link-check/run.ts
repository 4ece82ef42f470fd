import type { Payload } from 'payload'

import { announceContentChange } from '@/cms/instances/content-stamp'
import { revalidateSite } from '@/cms/hooks/revalidate'
import { checkUrl, type CheckOptions, type LinkStatus } from '@/cms/link-check/check-url'
import { limits } from '@/shared/limits'
import type { LinkState } from '@/shared/links/link-states'

export type CheckedLink = { resource: string; title: string; url: string; status: LinkStatus; notes: string[] }
export type LinkCheckRun = { checked: CheckedLink[]; changed: number }

export type RunOptions = CheckOptions & {
  concurrency?: number
  perHostGapMs?: number
  /** Called as each link is done (the command prints a line). */
  onChecked?: (link: CheckedLink) => void
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Checks every resource's link (the newest version, draft or published: what editors see)
 * and stores the result beside it. Hosts are checked a few at a time, each host one request
 * at a time and `perHostGapMs` apart, so a course platform cited by many resources is not
 * hammered. When a result changed, every instance refreshes its pages (readers see broken
 * links marked).
 */
export async function checkResourceLinks(payload: Payload, options: RunOptions = {}): Promise<LinkCheckRun> {
  const concurrency = options.concurrency ?? limits.linkCheck.concurrency
  const gap = options.perHostGapMs ?? limits.linkCheck.perHostGapMs
  const { docs: resources } = await payload.find({
    collection: 'resources',
    draft: true,
    pagination: false,
    depth: 0,
    locale: 'tr',
    overrideAccess: true,
  })
  const { docs: previous } = await payload.find({
    collection: 'link-checks',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const before = new Map(previous.map((c) => [c.resource as string, c]))

  const byHost = new Map<string, typeof resources>()
  for (const resource of resources) {
    let host = ''
    try {
      host = new URL(resource.url).host
    } catch {
      // checkUrl reports it
    }
    byHost.set(host, [...(byHost.get(host) ?? []), resource])
  }

  const checked: CheckedLink[] = []
  let changed = 0
  const hosts = [...byHost.values()]
  async function worker(): Promise<void> {
    for (let group = hosts.shift(); group; group = hosts.shift()) {
      for (const [index, resource] of group.entries()) {
        if (index > 0) await sleep(gap)
        const notes: string[] = []
        const status = await checkUrl(resource.url, { ...options, onNote: (note) => notes.push(note) })
        const last = before.get(resource.id)
        if (!last || last.state !== status.state || last.url !== resource.url) changed++
        const data = { resource: resource.id, url: resource.url, ...status }
        if (last) await payload.update({ collection: 'link-checks', id: last.id, data, overrideAccess: true })
        else await payload.create({ collection: 'link-checks', data, overrideAccess: true })
        const link = { resource: resource.id, title: resource.title ?? resource.url, url: resource.url, status, notes }
        checked.push(link)
        options.onChecked?.(link)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))

  if (changed > 0) {
    await announceContentChange(payload)
    revalidateSite(payload, 'link checks changed')
  }
  return { checked, changed }
}

export const countByState = (run: LinkCheckRun) =>
  run.checked.reduce<Partial<Record<LinkState, number>>>(
    (counts, { status }) => ({ ...counts, [status.state]: (counts[status.state] ?? 0) + 1 }),
    {},
  )

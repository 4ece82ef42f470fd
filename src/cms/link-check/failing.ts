import type { Payload } from 'payload'

import { failingStates } from '@/shared/links/link-states'

/** Resources whose current link failed at its last check (a link changed since is not counted). */
export async function failingResources(payload: Payload): Promise<{ ids: string[]; checked: boolean }> {
  const { docs: checks } = await payload.find({
    collection: 'link-checks',
    where: { state: { in: [...failingStates] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const checked =
    checks.length > 0 || (await payload.count({ collection: 'link-checks', overrideAccess: true })).totalDocs > 0
  if (checks.length === 0) return { ids: [], checked }
  const { docs: resources } = await payload.find({
    collection: 'resources',
    where: { id: { in: checks.map((c) => c.resource as string) } },
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { url: true },
  })
  const current = new Map(resources.map((r) => [r.id, r.url]))
  return {
    ids: checks.filter((c) => current.get(c.resource as string) === c.url).map((c) => c.resource as string),
    checked,
  }
}

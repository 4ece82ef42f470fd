import type { Payload, TaskConfig } from 'payload'

import { limits } from '@/shared/limits'

/** Deletes the team assessments nobody touched for `limits.team.retentionDays` days; returns how many. */
export async function purgeStaleTeamAssessments(payload: Payload, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - limits.team.retentionDays * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.delete({
    collection: 'team-assessments',
    where: { lastActivityAt: { less_than: before } },
    overrideAccess: true,
  })
  return docs.length
}

/**
 * The nightly job behind the privacy note's promise: a team assessment is kept for
 * `limits.team.retentionDays` days after its last answer or change, then deleted.
 */
export const purgeTeamAssessmentsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'purgeTeamAssessments',
  label: 'Eski ekip değerlendirmelerini sil',
  schedule: [{ cron: '0 30 3 * * *', queue: 'nightly' }],
  handler: async ({ req }) => ({ output: { deleted: await purgeStaleTeamAssessments(req.payload) } }),
}

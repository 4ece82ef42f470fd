import type { TaskConfig } from 'payload'

import { checkResourceLinks, countByState } from '@/cms/link-check/run'

/** Every Monday night the resource links are checked, as `npm run check-links` does by hand. */
export const checkLinksTask: TaskConfig<{ input: object; output: { checked: number; changed: number } }> = {
  slug: 'checkResourceLinks',
  label: 'Kaynak bağlantılarını denetle',
  schedule: [{ cron: '0 0 4 * * 1', queue: 'nightly' }],
  handler: async ({ req }) => {
    const run = await checkResourceLinks(req.payload)
    req.payload.logger.info({ msg: 'resource links checked', ...countByState(run), changed: run.changed })
    return { output: { checked: run.checked.length, changed: run.changed } }
  },
}

import type { TaskConfig } from 'payload'

import { checkResourceLinks, countByState } from '@/cms/link-check/run'
import { notifyBrokenLinks } from '@/cms/notifications/events'

/** Every Monday night the resource links are checked, as `npm run check-links` does by hand,
 * and the editors are told of the links not working (src/cms/notifications). */
export const checkLinksTask: TaskConfig<{ input: object; output: { checked: number; changed: number } }> = {
  slug: 'checkResourceLinks',
  label: 'Kaynak bağlantılarını denetle',
  schedule: [{ cron: '0 0 4 * * 1', queue: 'nightly' }],
  handler: async ({ req }) => {
    const run = await checkResourceLinks(req.payload)
    req.payload.logger.info({ msg: 'resource links checked', ...countByState(run), changed: run.changed })
    await notifyBrokenLinks(req.payload, run.checked)
    return { output: { checked: run.checked.length, changed: run.changed } }
  },
}

import type { ServerProps } from 'payload'

import { zoneNote } from '@/cms/admin/clock'

/**
 * Said once on every admin screen, above its header: the times on it are Istanbul time, so
 * that nobody reading "10:24" has to wonder whose clock it is.
 */
export default function ZoneNote({ i18n }: ServerProps) {
  return <p className="rota-zone-note">{zoneNote[i18n?.language === 'en' ? 'en' : 'tr']}</p>
}

import type { ServerProps } from 'payload'

import { failingResources } from '@/cms/link-check/failing'
import { isEditor } from '@/shared/roles'

import type { User } from '@payload-types'

/** At most this many resources in the filter link: a longer address would be refused. */
const maxInFilter = 200

const texts = {
  tr: {
    some: (n: number) => `${n} kaynağın bağlantısı son denetimde çalışmadı.`,
    show: 'Kırık bağlantılar',
    none: 'Son bağlantı denetiminde kırık bağlantı bulunmadı.',
    never:
      'Kaynak bağlantıları henüz denetlenmedi: denetim haftada bir, pazartesi günü kendiliğinden çalışır. Daha önce gerekiyorsa sistem yöneticisinden isteyin.',
    all: 'Tüm kaynaklar',
  },
  en: {
    some: (n: number) => `The links of ${n} resources did not work at the last check.`,
    show: 'Broken links',
    none: 'The last link check found no broken links.',
    never:
      'Resource links have not been checked yet: the check runs by itself once a week, on Monday. If you need it sooner, ask the system administrator.',
    all: 'All resources',
  },
}

export const brokenLinksFilter = (ids: string[]) =>
  `/admin/collections/resources?where[id][in]=${ids.slice(0, maxInFilter).map(encodeURIComponent).join(',')}`

/**
 * Tells staff how many resource links are broken and opens the resources list filtered to
 * them: on the dashboard and above the resources list (`filtering` shows the way back).
 */
export default async function BrokenLinks({ payload, user, i18n, searchParams }: ServerProps) {
  // Editors mend links; translators have no use for the notice.
  if (!isEditor(user as User | undefined)) return null
  const t = i18n?.language === 'en' ? texts.en : texts.tr
  const { ids, checked } = await failingResources(payload)
  // The list's own query (`where[id][in]=…`), parsed or not depending on where Payload passes it.
  const filtering = Object.entries(searchParams ?? {}).some(
    ([key, value]) => key.startsWith('where[id]') || (key === 'where' && JSON.stringify(value).includes('"id"')),
  )
  if (filtering)
    return (
      <p className="rota-broken-links">
        <a href="/admin/collections/resources">{t.all}</a>
      </p>
    )
  if (!checked) return <p className="rota-broken-links">{t.never}</p>
  if (ids.length === 0) return <p className="rota-broken-links">{t.none}</p>
  return (
    <div className="rota-broken-links rota-broken-links--some" role="status">
      {t.some(ids.length)} <a href={brokenLinksFilter(ids)}>{t.show}</a>
    </div>
  )
}

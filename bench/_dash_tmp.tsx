import { getPayload } from 'payload'
import config from '@payload-config'
import { isValidElement } from 'react'

const payload = await getPayload({ config })
const user = (await payload.find({ collection: 'users', where: { email: { equals: 'prof@example.org' } } })).docs[0]
const i18n = { language: 'tr', t: (k: string) => k } as never
const req = { payload, user, i18n, locale: 'tr', context: {} } as never
async function walk(node: unknown): Promise<void> {
  if (Array.isArray(node)) { for (const n of node) await walk(n); return }
  if (!isValidElement(node)) return
  const { type, props } = node as { type: unknown; props: Record<string, unknown> }
  if (typeof type === 'function') {
    let out: unknown
    try { out = await (type as (p: unknown) => unknown)(props) } catch { return }
    await walk(out)
  } else await walk(props.children)
}
const names = ['dashboard/EmailWarning','dashboard/BrokenLinks','dashboard/MyDrafts','dashboard/ReviewQueue','dashboard/ScheduledPublishing','dashboard/RecentChanges','dashboard/SignInFailures','translation/TranslationProgress','insights/Insights']
for (let round = 0; round < 4; round++) {
  const line: string[] = []
  for (const name of names) {
    const C = (await import(`@/cms/admin/${name}`)).default
    const s = performance.now()
    await walk(await C({ payload, user, i18n, req, searchParams: {}, locale: { code: 'tr' } }))
    line.push(`${name.split('/')[1]} ${Math.round(performance.now() - s)}`)
  }
  console.log(line.join(' · '))
}
process.exit(0)

import type { Payload } from 'payload'

import { insightWords } from '@/cms/admin/insights/texts'
import { weeklyReads } from '@/cms/insights/page-views'
import type { PublishedQuestion } from '@/cms/insights/totals'
import { relationId } from '@/shared/relation-id'

/** The most read advice shown, of all read in the weeks counted. */
const shown = 10

/**
 * "En çok okunan reçeteler": readers per advice and week over the last four weeks, counted by
 * the serving app without cookies or addresses (src/shared/insights/page-views.ts), each line
 * opening the advice's form.
 */
export default async function AdviceReads({
  payload,
  published,
  language,
}: {
  payload: Payload
  published: PublishedQuestion[]
  language: string | undefined
}) {
  const t = insightWords(language)
  const reads = (await weeklyReads(payload)).slice(0, shown)
  if (!reads.length) return <p>{t.noReads}</p>
  const choiceId = new Map(published.flatMap((q) => q.choices.map((c) => [`${q.number}/${c.number}`, c.id])))
  const { docs: advice } = await payload.find({
    collection: 'advice',
    where: { choice: { in: reads.flatMap((r) => choiceId.get(`${r.question}/${r.choice}`) ?? []) } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: { choice: true },
  })
  const adviceOf = new Map(advice.map((a) => [relationId(a.choice), a.id]))
  return (
    <table className="rota-insights__reads">
      <caption>{t.readsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.advice}</th>
          {t.weeks.map((week) => (
            <th scope="col" key={week}>
              {week}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {reads.map((r) => {
          const id = adviceOf.get(choiceId.get(`${r.question}/${r.choice}`))
          const name = t.reviewLink(r.question, r.choice)
          return (
            <tr key={`${r.question}/${r.choice}`}>
              <th scope="row">{id ? <a href={`/admin/collections/advice/${id}`}>{name}</a> : name}</th>
              {r.weeks.map((n, i) => (
                <td key={i}>{n}</td>
              ))}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

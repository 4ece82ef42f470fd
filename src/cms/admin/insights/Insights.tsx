import type { ServerProps } from 'payload'

import AdviceReads from '@/cms/admin/insights/AdviceReads'
import DeleteContributions from '@/cms/admin/insights/DeleteContributions'
import { insightWords } from '@/cms/admin/insights/texts'
import { reviewFirst } from '@/cms/insights/review-first'
import { insightQuestions, publishedQuestions } from '@/cms/insights/totals'
import { minGroup, readTally } from '@/shared/insights/contributions'
import { filterOffers, offeredFilter } from '@/shared/insights/groups'
import { groupKey } from '@/shared/insights/tally'
import { isAdmin, isStaff } from '@/shared/roles'

import type { User } from '@payload-types'

const percent = (count: number, of: number) => (of ? `%${Math.round((count / of) * 100)}` : '–')
/** The dashboard's query parameter for the profile group the figures are narrowed to. */
const groupParam = 'insights'

/**
 * "İçgörüler", staff only: how the anonymous contributions spread over each published
 * question's answers, narrowed to a profile group where k allows (the same rule as the
 * report's), and "Önce bunları gözden geçirin" (src/cms/insights/review-first.ts). The group is
 * chosen with a plain GET form, so the figures are the server's and the address can be shared.
 * Administrators also get the deletion of every contribution.
 * And how many readers opened each advice page per week (AdviceReads).
 * (docs/decisions/011-anonymous-contributions.md)
 */
export default async function Insights({ payload, user, i18n, searchParams }: ServerProps) {
  if (!isStaff(user as User | undefined)) return null
  const t = insightWords(i18n?.language)
  const [published, totals] = await Promise.all([publishedQuestions(payload), readTally(payload)])
  const reads = (
    <>
      <h3>{t.readsTitle}</h3>
      <AdviceReads payload={payload} published={published} language={i18n?.language} />
      <p className="rota-insights__note">{t.readsNote}</p>
    </>
  )
  if (!totals.contributions)
    return (
      <section className="rota-insights" aria-labelledby="rota-insights">
        <h2 id="rota-insights">{t.title}</h2>
        <p>{t.none}</p>
        {reads}
      </section>
    )

  const k = minGroup()
  const offers = filterOffers(totals, k)
  const filter = offeredFilter(offers, searchParams?.[groupParam])
  // The questions anyone answered; narrowed, the same rows, some of them withheld.
  const everyone = insightQuestions(published, totals)
  const answered = new Set(everyone.filter((q) => q.contributions > 0).map((q) => q.number))
  const questions = (filter ? insightQuestions(published, totals, { filter, k }) : everyone).filter((q) =>
    answered.has(q.number),
  )
  const review = (await reviewFirst(payload, published, totals)).slice(0, 5)

  return (
    <section className="rota-insights" aria-labelledby="rota-insights">
      <h2 id="rota-insights">{t.title}</h2>
      <p>
        {t.contributions(totals.contributions)} <a href="/api/assessment-insights/csv">{t.csv}</a>
      </p>
      {review.length ? (
        <>
          <h3>{t.reviewFirst}</h3>
          <p>{t.reviewIntro}</p>
          <ol>
            {review.map((r) => (
              <li key={r.advice.id}>
                <a href={`/admin/collections/advice/${r.advice.id}`}>{t.reviewLink(r.question, r.choice)}</a> —{' '}
                {[
                  t.chosen(r.count),
                  ...r.translations.map((x) => t.translation(x.locale, x.state)),
                  ...(r.brokenLinks ? [t.broken(r.brokenLinks)] : []),
                  t.changed(r.advice.updatedAt),
                ].join('; ')}
                .
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {offers.length ? (
        <form method="get" className="rota-insights__filter">
          <label htmlFor="rota-insights-group">{t.filter}</label>{' '}
          <select id="rota-insights-group" name={groupParam} defaultValue={filter?.param ?? ''}>
            <option value="">{t.everyone}</option>
            {offers.flatMap((o) =>
              o.groups.map((g) => (
                <option key={groupKey(o.dimension.name, g.key)} value={groupKey(o.dimension.name, g.key)}>
                  {t.group(o.dimension, g)}
                </option>
              )),
            )}
          </select>{' '}
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            {t.show}
          </button>
          <p className="rota-insights__note">{t.filterNote(k)}</p>
        </form>
      ) : null}
      <table className="rota-insights__spread">
        <caption>{filter ? `${t.caption} · ${t.group(filter.dimension, filter.group)}` : t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.question}</th>
            <th scope="col">{t.count}</th>
            <th scope="col">{t.choices}</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q) => (
            <tr key={q.number}>
              <th scope="row">{q.number}</th>
              {q.hidden ? (
                <td colSpan={2}>{t.hidden(k)}</td>
              ) : (
                <>
                  <td>{q.contributions}</td>
                  <td>
                    {q.choices.map((c) => `${c.number}: ${c.count} (${percent(c.count, q.contributions)})`).join(' · ')}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {reads}
      {isAdmin(user as User | undefined) ? <DeleteContributions /> : null}
    </section>
  )
}

import { assessmentText } from '@/site/assessment-text'
import { profileDimensions, labelIn, notSaid } from '@/shared/insights/profile'
import { limits } from '@/shared/limits'
import type { Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Props = {
  locale: Locale
  /** Question number → choice number: what is offered (the report's answers, or a team's most given). */
  answers: Map<number, number>
  /** The page to come back to (its path and query). */
  back: string
  token: string
  k: number
  shared: boolean
  team?: boolean
}

/**
 * "Cevaplarımı anonim istatistiklere ekle": a plain POST form (no JavaScript needed) with the
 * answers as hidden fields, an optional profile from fixed lists, the privacy text before the
 * button (docs/decisions/011-anonymous-contributions.md). After sending, the thanks instead.
 */
export function ShareOffer({ locale, answers, back, token, k, shared, team }: Props) {
  const t = assessmentText(locale).insights
  return (
    <section className="share-offer" id="share" aria-labelledby="share-title">
      <h2 id="share-title">{t.offerTitle}</h2>
      {shared ? (
        <p role="status" className="share-offer__thanks">
          {t.thanks}
        </p>
      ) : (
        <form method="post" action={routes.assessmentShare(locale)}>
          <p>{team ? t.teamLead : t.offerLead}</p>
          {[...answers].map(([question, choice]) => (
            <input key={question} type="hidden" name={`q${question}`} value={choice} />
          ))}
          <input type="hidden" name="back" value={back} />
          <input type="hidden" name="token" value={token} />
          <fieldset>
            <legend>{t.profileLegend}</legend>
            {profileDimensions.map((dimension) => (
              <p key={dimension.name} className="share-offer__field">
                <label htmlFor={`share-${dimension.name}`}>{labelIn(dimension.label, locale)}</label>
                <select id={`share-${dimension.name}`} name={dimension.name} defaultValue={notSaid}>
                  <option value={notSaid}>{t.notSaid}</option>
                  {dimension.groups.map((g) => (
                    <option key={g.key} value={g.key}>
                      {labelIn(g.label, locale)}
                    </option>
                  ))}
                </select>
              </p>
            ))}
          </fieldset>
          <p className="share-offer__privacy">{t.privacy(k, limits.insights.contributionsPerDay)}</p>
          <button type="submit">{t.button}</button>
        </form>
      )}
    </section>
  )
}

import { assessmentText } from '@/site/assessment-text'
import { PageShell } from '@/site/components/PageShell'
import { pageInEveryLocale } from '@/site/alternates'
import { answerGone } from '@/shared/team/answer-status'
import { limits } from '@/shared/limits'
import type { Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'

/**
 * What a deleted team's links show (members' link, results, thank-you page): that it was
 * deleted, not "no such page", and answered 410 Gone (src/shared/team/answer-status.ts).
 */
export function TeamGone({ locale, path }: { locale: Locale; path: (locale: Locale) => string }) {
  answerGone()
  const t = assessmentText(locale).team
  return (
    <PageShell locale={locale} alternates={pageInEveryLocale(path)} current="assessment">
      <p className="kicker">{t.memberTitle}</p>
      <h1>{t.goneTitle}</h1>
      <p className="lead">{t.goneText(limits.team.retentionDays)}</p>
      <p>
        <a href={`${routes.assessment(locale)}#team`}>{t.goneNew}</a>
      </p>
    </PageShell>
  )
}

'use client'

import { useTranslation } from '@payloadcms/ui'

import { adminDate } from '@/cms/admin/format'
import { useOpenSchedules } from '@/cms/admin/publishing/use-open-schedules'
import { scheduleFields, scheduleStateLabels, scheduleWayOut, type ScheduleAction } from '@/shared/states/schedules'

const texts = {
  tr: {
    was: (time: string) => `${time} için zamanlanmıştı.`,
    willBeHeld: 'Bekletilecek: taslak değişti',
    changed: (time: string) =>
      `${time} için zamanlandı, ama taslak o zamandan beri değişti: zamanı gelince yayımlanmayacak.`,
  },
  en: {
    was: (time: string) => `It was scheduled for ${time}.`,
    willBeHeld: 'Will be held: the draft changed',
    changed: (time: string) => `Scheduled for ${time}, but the draft has changed since: it will not be published then.`,
  },
}

/**
 * Under a schedule's time on the form ("Yayımlanacağı zaman", "Yayından kalkacağı zaman"): a
 * schedule of this language that was held or failed, with the reason and the way out, until a
 * new time is saved (or the time cleared, or the work done by hand), and a pending publish whose
 * draft changed since (it will be held when due). The dashboard lists the held and failed
 * ones; here the editor meets them where the time is changed.
 */
export default function ScheduleNote({ path }: { path?: string }) {
  const { i18n } = useTranslation()
  const schedules = useOpenSchedules()
  const action = (Object.keys(scheduleFields) as ScheduleAction[]).find((a) => scheduleFields[a] === path)
  const stuck = schedules?.find(
    (s) => s.action === action && (s.state === 'held' || s.state === 'failed' || s.draftChanged),
  )
  if (!stuck) return null
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const t = texts[language]
  const time = adminDate(stuck.at, language)
  if (stuck.state === 'pending')
    return (
      <div className="rota-schedule-note" role="alert" data-state="changed">
        <strong>{t.willBeHeld}</strong> {t.changed(time)} {scheduleWayOut.held[language]}
      </div>
    )
  // Outcomes are kept in Turkish (the dashboard's and the log's text); some already say what to
  // do ("… yeni bir zaman kaydedin …").
  const outcome = stuck.outcome ?? ''
  const saysWhatToDo = language === 'tr' && outcome.includes('kaydedin')
  return (
    <div className="rota-schedule-note" role="alert" data-state={stuck.state}>
      <strong>{scheduleStateLabels[stuck.state][language]}</strong> {t.was(time)} {outcome}
      {saysWhatToDo ? null : ` ${scheduleWayOut[stuck.state][language]}`}
    </div>
  )
}

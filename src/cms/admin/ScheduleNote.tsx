'use client'

import { useTranslation } from '@payloadcms/ui'

import { adminDate } from '@/cms/admin/format'
import { useOpenSchedules } from '@/cms/admin/use-open-schedules'
import { scheduleFields, scheduleStateLabels, scheduleWayOut, type ScheduleAction } from '@/shared/schedules'

const texts = {
  tr: { was: (time: string) => `${time} için zamanlanmıştı.` },
  en: { was: (time: string) => `It was scheduled for ${time}.` },
}

/**
 * Under a schedule's time on the form ("Yayımlanacağı zaman", "Yayından kalkacağı zaman"): a
 * schedule of this language that was held or failed, with the reason and the way out, until a
 * new time is saved (or the time cleared, or the work done by hand). The dashboard lists the
 * same ones; here the editor meets it where the time is changed.
 */
export default function ScheduleNote({ path }: { path?: string }) {
  const { i18n } = useTranslation()
  const schedules = useOpenSchedules()
  const action = (Object.keys(scheduleFields) as ScheduleAction[]).find((a) => scheduleFields[a] === path)
  const stuck = schedules?.find((s) => s.action === action && (s.state === 'held' || s.state === 'failed'))
  if (!stuck || stuck.state === 'pending') return null
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const wayOut = scheduleWayOut[stuck.state][language]
  // Outcomes are kept in Turkish (the dashboard's and the log's text); some already say what to
  // do ("… yeni bir zaman kaydedin …").
  const outcome = stuck.outcome ?? ''
  const saysWhatToDo = language === 'tr' && outcome.includes('kaydedin')
  return (
    <div className="rota-schedule-note" role="alert" data-state={stuck.state}>
      <strong>{scheduleStateLabels[stuck.state][language]}</strong> {texts[language].was(adminDate(stuck.at, language))}{' '}
      {outcome}
      {saysWhatToDo ? null : ` ${wayOut}`}
    </div>
  )
}

'use client'

import {
  ConfirmationModal,
  useAuth,
  useDocumentInfo,
  useFormFields,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { adminDate } from '@/cms/admin/format'
import { useOpenSchedules } from '@/cms/admin/publishing/use-open-schedules'
import { timeOf } from '@/shared/dates'
import { isLocale, localeName } from '@/shared/locales'
import { isEditor } from '@/shared/roles'
import { atTimeTr } from '@/shared/states/schedules'

import type { User } from '@payload-types'

const texts = {
  tr: {
    heading: (language: string) => `Zamanlanmış yayın: ${language}`,
    scheduled: (time: string) =>
      `${atTimeTr(time)} yayımlanmak üzere zamanlandı; değiştirirseniz zamanlama bekletilir.`,
    held: 'Bekletilen zamanlama yayımlanmaz: taslak gözden geçirilip yeni bir zaman kaydedilene kadar sitede eski metin kalır.',
    save: 'Yine de kaydet',
    edit: 'Yine de değiştir',
    cancel: 'Vazgeç',
  },
  en: {
    heading: (language: string) => `Scheduled publish: ${language}`,
    scheduled: (time: string) => `Scheduled to go live on ${time}; if you change it, the schedule is held.`,
    held: 'A held schedule does not publish: the site keeps the old text until the draft is reviewed and a new time saved.',
    save: 'Save anyway',
    edit: 'Change anyway',
    cancel: 'Cancel',
  },
}

const saveDraftButton = '#action-save-draft'

/** A key that changes the text it is typed into (not moving, selecting or saving). */
const changes = (e: KeyboardEvent) =>
  (!e.ctrlKey && !e.metaKey && !e.altKey && e.key.length === 1) ||
  ['Backspace', 'Delete', 'Enter'].includes(e.key) ||
  ((e.ctrlKey || e.metaKey) && ['v', 'x', 'z', 'y'].includes(e.key.toLowerCase()))

/**
 * Top of a scheduled document's form: this language's publish is scheduled, and a changed
 * draft holds it (src/cms/schedules: what goes live is exactly what was scheduled). Saving a
 * draft asks first ("Taslağı kaydet", or Ctrl+S); on a form that saves as one types (advice),
 * the first change asks, since the save follows by itself. An editor who gives the form a new
 * time is not asked: the save schedules the draft as it is then.
 */
export default function ScheduleGuard() {
  const { i18n } = useTranslation()
  const { user } = useAuth<User>()
  const locale = useLocale()
  const { docConfig } = useDocumentInfo()
  const { openModal } = useModal()
  const schedules = useOpenSchedules()
  const formTime = useFormFields(([fields]) => fields?.publishAt?.value)
  const box = useRef<HTMLDivElement>(null)
  const [asking, setAsking] = useState<'save' | 'edit'>('save')
  const confirmed = useRef(false)
  const passing = useRef(false)

  // Once the draft has changed since, the schedule will be held anyway (ScheduleNote says so).
  const pending = schedules?.find((s) => s.action === 'publish' && s.state === 'pending' && !s.draftChanged)
  // An editor's new time reschedules the draft as it is; translators cannot change the time.
  const rescheduling = Boolean(pending && isEditor(user) && timeOf(formTime) !== timeOf(pending.at))
  const guarding = Boolean(pending) && !rescheduling
  const autosaves = Boolean(
    (docConfig as { versions?: { drafts?: { autosave?: unknown } } } | undefined)?.versions?.drafts?.autosave,
  )
  const modalSlug = `rota-schedule-guard-${locale.code}`

  useEffect(() => {
    confirmed.current = false
  }, [pending?.at])

  useEffect(() => {
    if (!guarding) return
    const form = () => box.current?.closest('form') ?? null
    const ask = (event: Event, what: 'save' | 'edit') => {
      event.preventDefault()
      event.stopPropagation()
      setAsking(what)
      openModal(modalSlug)
    }
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.(saveDraftButton)
      if (!button || passing.current || confirmed.current || !form()?.contains(button)) return
      ask(event, 'save')
    }
    // Where the form saves by itself a moment after a change, the change itself is the save.
    const inMain = (event: Event) => {
      const target = event.target as Element | null
      const main = target?.closest?.('.document-fields__main')
      return Boolean(main && form()?.contains(main))
    }
    const onKey = (event: KeyboardEvent) => {
      if (!confirmed.current && changes(event) && inMain(event)) ask(event, 'edit')
    }
    const onChange = (event: Event) => {
      if (!confirmed.current && inMain(event)) ask(event, 'edit')
    }
    const changing = autosaves ? (['beforeinput', 'paste', 'cut', 'drop'] as const) : []
    document.addEventListener('click', onClick, true)
    if (autosaves) document.addEventListener('keydown', onKey, true)
    for (const type of changing) document.addEventListener(type, onChange, true)
    return () => {
      document.removeEventListener('click', onClick, true)
      document.removeEventListener('keydown', onKey, true)
      for (const type of changing) document.removeEventListener(type, onChange, true)
    }
  }, [guarding, autosaves, modalSlug, openModal])

  if (!pending || !guarding) return <div ref={box} hidden />
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const t = texts[language]
  const name = isLocale(locale.code) ? localeName(locale.code, language) : locale.code
  const sentence = t.scheduled(adminDate(pending.at, language))
  const go = () => {
    confirmed.current = true
    if (asking !== 'save') return
    const button = box.current?.closest('form')?.querySelector<HTMLButtonElement>(saveDraftButton)
    passing.current = true
    try {
      button?.click()
    } finally {
      passing.current = false
    }
  }
  return (
    <div ref={box} className="rota-schedule-guard" role="note" lang={language}>
      <strong>{t.heading(name)}</strong> {sentence}
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={t.heading(name)}
        body={
          <>
            <p>{sentence}</p>
            <p>{t.held}</p>
          </>
        }
        confirmLabel={asking === 'save' ? t.save : t.edit}
        cancelLabel={t.cancel}
        onConfirm={go}
      />
    </div>
  )
}

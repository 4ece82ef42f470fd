import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { scheduleTimeZone } from '@/shared/states/schedules'

/**
 * The admin's one clock. STGM works in Istanbul, and every time a person reads in the admin
 * (Payload's lists, form header, versions and comparison; our dashboard panels; the forms'
 * date pickers) is Istanbul time, 24-hour, in Turkish ("5 Aralık 2026 10:24"), whatever the
 * time zone of the server (UTC) or of the reader's computer. Payload formats its own dates
 * without a zone, in whichever zone the code happens to run: patches/@payloadcms+ui+… makes
 * them take this one (`globalThis.payloadAdminTimezone`, set on the server by payload.config.ts
 * and in the browser by AdminClock.tsx) — see patches/README.md.
 */
export const adminTimeZone = scheduleTimeZone

/** Sets the zone Payload's patched date formatting reads (server and browser alike). */
export function installAdminClock(): void {
  ;(globalThis as { payloadAdminTimezone?: string }).payloadAdminTimezone = adminTimeZone
}

/** Payload's date pattern (date-fns, its Turkish locale): "5 Aralık 2026 10:24". */
export const adminDateFormat = 'd MMMM yyyy HH:mm'

/** What is typed into a date field: gg.aa.yyyy, the time optional ("05.12.2026 10:30" is 5 December). */
export const typedDateFormats = ['d.M.yyyy', 'd.M.yyyy HH:mm', 'dd.MM.yyyy', 'dd.MM.yyyy HH:mm']

/** The once-per-screen note of the zone. */
export const zoneNote = {
  tr: 'Saatler İstanbul saatiyle (UTC+3).',
  en: 'Times are Istanbul time (UTC+3).',
}

type DateAdmin = {
  pickerAppearance?: string
  displayFormat?: string
  timeFormat?: string
  timeIntervals?: number
  overrides?: Record<string, unknown>
}

/**
 * A date field's picker as STGM reads and types dates: the date and a 24-hour time in 5-minute
 * steps, shown as typed ("05.12.2026 10:30", numeric: react-datepicker learns the Turkish month
 * names only after its first drawing), and read back in any of the typed forms, day first —
 * never through `new Date(text)`, which took 05/12/2026 for 12 May.
 */
function withAdminDate(field: Field): Field {
  const admin = (field.admin ?? {}) as { date?: DateAdmin }
  const date = admin.date ?? {}
  const dayOnly = date.pickerAppearance === 'dayOnly'
  const shown = dayOnly ? 'dd.MM.yyyy' : 'dd.MM.yyyy HH:mm'
  return {
    ...field,
    admin: {
      ...admin,
      date: {
        ...date,
        pickerAppearance: dayOnly ? 'dayOnly' : 'dayAndTime',
        displayFormat: shown,
        timeFormat: 'HH:mm',
        timeIntervals: 5,
        overrides: { ...date.overrides, dateFormat: [shown, ...typedDateFormats.filter((f) => f !== shown)] },
      },
    },
  } as Field
}

function fieldsWithAdminDates(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'date') return withAdminDate(field)
    const out = { ...field } as Field & { fields?: Field[]; tabs?: Array<Record<string, unknown>>; blocks?: unknown }
    if (Array.isArray(out.fields)) out.fields = fieldsWithAdminDates(out.fields)
    if (Array.isArray(out.tabs))
      out.tabs = out.tabs.map((tab) => ({ ...tab, fields: fieldsWithAdminDates(tab.fields as Field[]) }))
    return out as Field
  })
}

/** Every date field of a collection or global gets the admin's picker (one place, not each field). */
export function withAdminDates<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return { ...config, fields: fieldsWithAdminDates(config.fields) }
}

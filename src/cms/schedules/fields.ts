import type { Field } from 'payload'

import { editorsOnlyField } from '@/cms/access'
import { isEditor } from '@/shared/roles'
import { scheduleTimeZone } from '@/shared/states/schedules'

/** The admin shows and takes schedule times in Istanbul time, whatever the viewer's computer says. */
export const istanbulOnly = {
  defaultTimezone: scheduleTimeZone,
  supportedTimezones: [{ label: 'İstanbul (UTC+3)', value: scheduleTimeZone }],
}

const scheduleField = (
  name: 'publishAt' | 'unpublishAt',
  label: { tr: string; en: string },
  description: { tr: string; en: string },
): Field => ({
  name,
  type: 'date',
  // Per language: the English text can go live on another day than the Turkish one.
  localized: true,
  label,
  timezone: istanbulOnly,
  // Translators see no schedule and cannot set one (src/cms/schedules/hooks.ts answers them 403).
  access: { create: editorsOnlyField, update: editorsOnlyField },
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'dd.MM.yyyy HH:mm' },
    condition: (_data, _sibling, { user }) => isEditor(user as never),
    description,
    // A held or failed schedule of this time, with the reason and the way out.
    components: { afterInput: ['/cms/admin/publishing/ScheduleNote'] },
  },
})

/**
 * When this language of the document goes live or comes off the site by itself. Saved with the
 * draft (the admin's "Taslak olarak kaydet", or `PATCH …?locale=tr&draft=true`); clearing the
 * date cancels. src/cms/schedules/hooks.ts turns a change into a schedule.
 */
export const scheduleDateFields: Field[] = [
  scheduleField(
    'publishAt',
    { tr: 'Yayımlanacağı zaman', en: 'Publish at' },
    {
      tr: 'İstanbul saatiyle. Zamanı gelince bu dildeki taslak, zamanladığınız hâliyle yayımlanır. Taslak sonradan değişirse yayımlanmaz; panoda yeniden zamanlamanız istenir.',
      en: 'Istanbul time. At that time this language’s draft goes live as it was when you scheduled it. If the draft changes afterwards it is not published; the dashboard asks you to schedule it again.',
    },
  ),
  scheduleField(
    'unpublishAt',
    { tr: 'Yayından kalkacağı zaman', en: 'Unpublish at' },
    {
      tr: 'İstanbul saatiyle. Zamanı gelince belge sitede gösterilmez olur (“Yayından kaldır” gibi).',
      en: 'Istanbul time. At that time the document is taken off the site (as “Unpublish” does).',
    },
  ),
]

/**
 * Top of the form: while this language's publish is scheduled, that it is and that changing the
 * draft holds it; a save (or, where the form saves as one types, the first change) asks first.
 */
export const scheduleGuardField: Field = {
  name: 'scheduleGuard',
  type: 'ui',
  label: { tr: 'Zamanlanmış yayın uyarısı', en: 'Scheduled publish notice' },
  admin: { disableListColumn: true, components: { Field: '/cms/admin/publishing/ScheduleGuard' } },
}

import { importDateFNSLocale } from '@payloadcms/translations'
import { formatDate } from '@payloadcms/ui/shared'
import type { CollectionConfig } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { adminDateFormat, adminTimeZone, installAdminClock, typedDateFormats, withAdminDates } from '@/cms/admin/clock'
import { adminDate, publishedIn, publishLocaleOf } from '@/cms/admin/format'

/** The admin's one clock and the language of a publish (src/cms/admin/clock.ts, format.ts). */
describe('the admin clock', () => {
  it('shows a time as Istanbul time, 24-hour, in Turkish, whatever the zone of the process', () => {
    // 21:24 UTC on 5 December is 00:24 on 6 December in Istanbul.
    expect(adminDate('2026-12-05T21:24:00.000Z', 'tr')).toBe('6 Aralık 2026 00:24')
    expect(adminDate('2026-07-01T13:05:00.000Z', 'tr')).toBe('1 Temmuz 2026 16:05')
    expect(adminDate('2026-07-01T13:05:00.000Z', 'en')).toMatch(/^1 July 2026,? (at )?16:05$/)
  })

  describe("Payload's own dates (patches/@payloadcms+ui+…)", () => {
    const zone = process.env.TZ
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    })
    // The Turkish month names Payload's admin formats with.
    const payloadDate = async (date: string) =>
      formatDate({ date, i18n: { dateFNS: await importDateFNSLocale('tr') } as never, pattern: adminDateFormat })

    it('are Istanbul time, also read by a browser in New York the night its clocks skip an hour', async () => {
      installAdminClock()
      expect(adminTimeZone).toBe('Europe/Istanbul')
      process.env.TZ = 'America/New_York'
      expect(await payloadDate('2026-12-05T21:24:00.000Z')).toBe('6 Aralık 2026 00:24')
      // 02:38 in Istanbul is 02:38 in New York's missing hour (8 March 2026, 02:00–03:00):
      // transposed through the local clock, this read 03:38.
      expect(await payloadDate('2026-03-07T23:38:30.000Z')).toBe('8 Mart 2026 02:38')
      process.env.TZ = 'UTC'
      expect(await payloadDate('2026-07-01T13:05:00.000Z')).toBe('1 Temmuz 2026 16:05')
    })

    it('are a placeholder, with no zone arithmetic, until the month names are loaded (the server’s render)', () => {
      const made: unknown[] = []
      const Format = Intl.DateTimeFormat
      // A zone no other test reads: the date library keeps one formatter per zone it converted to.
      Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Format>) {
        made.push(args[1]?.timeZone)
        return new Format(...args)
      } as typeof Intl.DateTimeFormat
      try {
        const placeholder = formatDate({
          date: '2026-12-05T21:24:00.000Z',
          i18n: { t: (key: string) => (key === 'general:loading' ? 'Yükleniyor' : key) } as never,
          pattern: adminDateFormat,
          timezone: 'America/La_Paz',
        })
        expect(placeholder).toBe('Yükleniyor...')
      } finally {
        Intl.DateTimeFormat = Format
      }
      // Unpatched, each of a 100-row list's dates was converted to the zone first (5 ms a list).
      expect(made).not.toContain('America/La_Paz')
    })
  })

  it('gives every date field a 24-hour picker in 5-minute steps that reads typed dates day first', () => {
    const collection = withAdminDates({
      slug: 'things',
      fields: [
        { name: 'at', type: 'date' },
        { type: 'row', fields: [{ name: 'day', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } }] },
      ],
    } as CollectionConfig)
    const [at, row] = collection.fields as Array<Record<string, any>> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(at.admin.date).toMatchObject({
      pickerAppearance: 'dayAndTime',
      displayFormat: 'dd.MM.yyyy HH:mm',
      timeFormat: 'HH:mm',
      timeIntervals: 5,
    })
    expect(at.admin.date.overrides.dateFormat[0]).toBe('dd.MM.yyyy HH:mm')
    expect(at.admin.date.overrides.dateFormat).toEqual(expect.arrayContaining(typedDateFormats))
    expect(row.fields[0].admin.date).toMatchObject({ pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' })
  })
})

describe('the language of a publish', () => {
  const log = [
    { createdAt: '2026-12-05T10:00:00.400Z', locale: 'en' },
    { createdAt: '2026-12-05T09:00:00.300Z', locale: 'tr' },
  ]
  it("is Payload's own when the publish was limited to one language", () => {
    expect(publishLocaleOf({ updatedAt: '2026-12-05T10:00:00.000Z', publishedLocale: 'tr' }, log)).toBe('tr')
  })
  it('is the activity log entry of the same save otherwise, and nothing when none is near', () => {
    expect(publishLocaleOf({ updatedAt: '2026-12-05T10:00:00.000Z' }, log)).toBe('en')
    expect(publishLocaleOf({ updatedAt: '2026-12-05T09:00:00.000Z' }, log)).toBe('tr')
    expect(publishLocaleOf({ updatedAt: '2026-12-05T11:00:00.000Z' }, log)).toBeNull()
  })
  it('reads "Yayımlandı (İngilizce)", or just "Yayımlandı" when the language is not known', () => {
    expect(publishedIn('Yayımlandı', 'en', 'tr')).toBe('Yayımlandı (İngilizce)')
    expect(publishedIn('Published', 'tr', 'en')).toBe('Published (Turkish)')
    expect(publishedIn('Yayımlandı', null, 'tr')).toBe('Yayımlandı')
  })
})

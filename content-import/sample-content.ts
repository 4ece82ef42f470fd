import path from 'node:path'

import type { Payload } from 'payload'

import { systemPerson } from '@/shared/activity'
import { defaultLocale, isLocale, type Locale } from '@/shared/locales'
import { importContent } from '@content-import/import'
import { collectFiles } from '@content-import/files'
import type { ImportReport } from '@content-import/report'
import { sampleSiteTexts } from '@content-import/sample-site-texts'

/**
 * First-run content: the real advice file from STGM's corpus plus a few demo files marked
 * as such ("Örnek içerik"), one folder per language, Turkish first, and the site texts.
 */
export async function loadSampleContent(payload: Payload, dir: string): Promise<ImportReport[]> {
  const languages = [...new Set(collectFiles([dir]).files.map((f) => f.label.split('/')[0]))]
    .filter(isLocale)
    .sort((a, b) => Number(b === defaultLocale) - Number(a === defaultLocale))
  const reports: ImportReport[] = []
  for (const locale of languages) {
    reports.push(
      await importContent(payload, [path.join(dir, locale)], {
        locale,
        status: 'published',
        by: `${systemPerson} (ilk çalıştırma: örnek içerik)`,
      }),
    )
  }
  for (const [locale, texts] of Object.entries(sampleSiteTexts)) {
    await payload.updateGlobal({
      slug: 'site-texts',
      locale: locale as Locale,
      data: { ...texts, _status: 'published' } as never,
      context: { disableRevalidate: true },
    })
  }
  return reports
}

import type { AcceptedLanguages, SupportedLanguages } from '@payloadcms/translations'
import { translations } from '@payloadcms/translations/all'

import { localeCodes } from '@/shared/locales'

/**
 * The admin's interface languages: Turkish and English, plus every content language Payload
 * has an interface translation for. A language added to src/shared/locales.ts (Arabic) thus
 * gets its admin too, written right to left by Payload; one Payload has no translation for
 * (Kurdish) is still a content language, with the admin in Turkish or English.
 */
export function adminLanguagesFor(contentLanguages: readonly string[]): SupportedLanguages {
  return Object.fromEntries(
    [...new Set(['tr', 'en', ...contentLanguages])]
      .filter((code): code is AcceptedLanguages => code in translations)
      .map((code) => [code, translations[code]]),
  )
}

export const adminLanguages = adminLanguagesFor(localeCodes)

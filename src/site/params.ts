import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { inRange, limits } from '@/shared/limits'
import { isLocale, type Locale } from '@/shared/locales'

/** The page's language from its URL; any other first segment is a 404. */
export function localeOr404(value: string): Locale {
  if (!isLocale(value)) notFound()
  return value
}

/**
 * A question or choice number from the URL, in the range the collections accept and without
 * leading zeros, else a 404.
 */
export function numberOr404(value: string): number {
  const number = /^[1-9]\d{0,15}$/.test(value) ? Number(value) : NaN
  if (!inRange(number, limits.contentNumber)) notFound()
  return number
}

/** Whether an editor is previewing drafts (Next.js draft mode, entered via /preview). */
export async function isPreview(): Promise<boolean> {
  return (await draftMode()).isEnabled
}

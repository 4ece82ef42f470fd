import type { User } from '@payload-types'
import { defaultLocale, isLocale } from '@/shared/locales'

/** Roles of the people who sign in to the CMS. Readers of the public site never sign in. */
export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

type MaybeUser = Pick<User, 'role' | 'languages'> | null | undefined

export const isAdmin = (user: MaybeUser): boolean => user?.role === 'admin'

/** Editors write Turkish, create, delete and publish; admins can do all of that too. */
export const isEditor = (user: MaybeUser): boolean => user?.role === 'admin' || user?.role === 'editor'

export const isTranslator = (user: MaybeUser): boolean => user?.role === 'translator'

/** Anyone signed in to the CMS: may read drafts and versions. */
export const isStaff = (user: MaybeUser): boolean => Boolean(user?.role)

/**
 * Whether the user may write localized fields in `locale`. Editors write every language;
 * translators only the languages assigned to them, and never the default language.
 */
export function canEditLocale(user: MaybeUser, locale: unknown): boolean {
  if (isEditor(user)) return true
  if (!isTranslator(user) || !isLocale(locale) || locale === defaultLocale) return false
  return (user?.languages ?? []).some((code) => code === locale)
}

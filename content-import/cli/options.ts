import { parseArgs, type ParseArgsConfig } from 'node:util'

import { defaultLocale, isLocale, localeCodes, type Locale } from '../../src/lib/locales'

/** A mistake in how the command was called: exit code 2 and a line saying what to fix. */
export class UsageError extends Error {}

export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

export function readLocale(value: string | undefined): Locale {
  if (value === undefined) return defaultLocale
  if (!isLocale(value)) throw new UsageError(`--locale "${value}" bilinmiyor; şunlardan biri olmalı: ${localeCodes.join(', ')}.`)
  return value
}

export function readStatus(value: string | undefined): 'published' | 'draft' {
  if (value === undefined) return 'published'
  if (value !== 'published' && value !== 'draft') throw new UsageError(`--status "${value}" geçersiz; published ya da draft olmalı.`)
  return value
}

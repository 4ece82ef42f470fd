import { parseArgs, type ParseArgsConfig } from 'node:util'

import { defaultLocale, isLocale, localeCodes, type Locale } from '@/shared/locales'
import { isTranslationState, translationStates, type TranslationState } from '@/shared/states/translation-states'

/** A mistake in how the command was called: exit code 2 and a line saying what to fix. */
export class UsageError extends Error {}

export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(inTurkish(error as Error & { code?: string }))
  }
}

/** Node's parseArgs explains mistakes in English; editors get them in Turkish. */
function inTurkish(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? ''
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Bilinmeyen seçenek: ${option}. Yazımını kontrol edin; geçerli seçenekler aşağıda.`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message)
        ? `${option} seçeneği bir değer ister (ör. ${option} ${option === '--locale' ? 'en' : 'draft'}).`
        : `${option} seçeneği değer almaz.`
    default:
      return `Komut satırı anlaşılamadı: ${error.message}`
  }
}

export function readLocale(value: string | undefined): Locale {
  if (value === undefined) return defaultLocale
  if (!isLocale(value))
    throw new UsageError(`--locale "${value}" bilinmiyor; şunlardan biri olmalı: ${localeCodes.join(', ')}.`)
  return value
}

export function readStatus(value: string | undefined): 'published' | 'draft' {
  if (value === undefined) return 'published'
  if (value !== 'published' && value !== 'draft')
    throw new UsageError(`--status "${value}" geçersiz; published ya da draft olmalı.`)
  return value
}

/** `--only missing,outdated`: documents whose translation into `locale` is in these states. */
export function readOnly(value: string | undefined, locale: Locale): TranslationState[] | null {
  if (value === undefined) return null
  if (locale === defaultLocale)
    throw new UsageError('--only bir çeviri dili ister: --locale ile Türkçeden başka bir dil seçin (ör. --locale en).')
  const states = value.split(',').map((s) => s.trim())
  const unknown = states.filter((s) => !isTranslationState(s))
  if (unknown.length || states.length === 0)
    throw new UsageError(
      `--only "${value}" geçersiz; virgülle ayrılmış şu durumlardan biri ya da birkaçı olmalı: ${translationStates.join(', ')}.`,
    )
  return states.filter(isTranslationState)
}

export type Format = 'markdown' | 'xliff'

export function readFormat(value: string | undefined): Format | null {
  if (value === undefined) return null
  const format = value.toLocaleLowerCase('tr-TR')
  if (format === 'markdown' || format === 'md') return 'markdown'
  if (format === 'xliff' || format === 'xlf') return 'xliff'
  throw new UsageError(`--format "${value}" geçersiz; markdown ya da xliff olmalı.`)
}

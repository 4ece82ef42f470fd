/**
 * Where a translation stands against the Turkish text (the `translationStatus` of every
 * translatable document, one per language other than Turkish):
 * - `missing`: nothing written in that language yet;
 * - `outdated`: the published Turkish changed after the translation was last saved;
 * - `current`: made from (or confirmed against) the Turkish text readers see now.
 */
export const translationStates = ['missing', 'outdated', 'current'] as const
export type TranslationState = (typeof translationStates)[number]

export const isTranslationState = (value: unknown): value is TranslationState =>
  typeof value === 'string' && (translationStates as readonly string[]).includes(value)

/** The states a translator still has work in (their list, the export's default). */
export const needsTranslation: readonly TranslationState[] = ['missing', 'outdated']

/**
 * Request context set by the import of translated files: by collection, the hash of the
 * Turkish text each document's translation was exported from (the file's `turkish_source`).
 */
export const madeFromContext = 'translationMadeFrom'
/** Request context the CMS fills: collections whose imported translation stays outdated (the Turkish changed since the export). */
export const leftOutdatedContext = 'translationsLeftOutdated'

/**
 * Request context the CMS fills: translations that were current and became outdated with this
 * write (the published Turkish changed), for the notifications (src/cms/notifications/events.ts).
 */
export const becameOutdatedContext = 'translationsBecameOutdated'
export type BecameOutdated = { scope: string; document: string; locale: string }

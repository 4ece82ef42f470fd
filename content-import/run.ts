import type { Payload } from 'payload'

import type { Converter } from '@content-import/converter'
import type { ImportReport } from '@content-import/report'
import type { ContentState } from '@content-import/state'
import { defaultLocale, type Locale } from '@/shared/locales'

export type ImportStatus = 'published' | 'draft'
export type ImportOptions = {
  locale: Locale
  status: ImportStatus
  dryRun?: boolean
  force?: boolean
  onProgress?: (done: number, total: number) => void
  /** Who ran it, for the activity log (default: the command line's user). */
  by?: string
  /**
   * New choices, advice and resources through Payload's create operation instead of the adapter
   * (about twice as slow on a first import): the other side of the test that both store the same.
   */
  throughOperations?: boolean
}

/** One import run: what it was asked, what it reports, and what the CMS holds as it goes. */
export type Run = {
  payload: Payload
  options: ImportOptions
  report: ImportReport
  converter: Converter
  state: ContentState
  now: string
}

/** Whether the run is in the default language (Turkish), which may create content; translations only add to it. */
export const isDefault = (run: Run) => run.options.locale === defaultLocale

/** What readers see after this run wrote a new version of an existing document. */
export function nowLive<L extends { published: boolean; newestIsLive: boolean; hash?: string | null }>(
  run: Run,
  live: L,
  hash?: string | null,
): L {
  if (run.options.status === 'draft') return { ...live, newestIsLive: false }
  return { ...live, published: true, newestIsLive: true, ...(hash === undefined ? {} : { hash }) }
}

/** What readers see of a document this run created. */
export function createdLive(run: Run, hash: string | null) {
  const published = run.options.status === 'published'
  return { published, hash: published ? hash : null, newestIsLive: published }
}

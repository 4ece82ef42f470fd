'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation, ViewDescription } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation'
import type { ViewDescriptionClientProps } from 'payload'

import { CommentThreads } from '@/cms/admin/comments/CommentThreads'
import { commentTexts } from '@/cms/admin/comments/texts'
import { isLocale, localeName, type Locale } from '@/shared/locales'

/**
 * The comments in the comparison of two versions ("Yayımdaki metinle karşılaştır" leads there,
 * src/cms/review/comparison.ts): the same threads as beside the form, in the language compared,
 * above the differences, to answer and resolve while reading them.
 *
 * Payload's comparison view has no place of its own for more, and its component is not exported
 * to be wrapped; what it does show on every document view is the collection's description below
 * the title and tabs. So this is the commentable collections' `Description`
 * (src/cms/comments/in-comparison.ts): it shows the description as Payload would, everywhere, and the
 * threads only on a comparison's address (`…/versions/<version id>`).
 */
export default function CommentsInComparison({ collectionSlug, description }: Partial<ViewDescriptionClientProps>) {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const editing = useLocale()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const shown = description ? <ViewDescription collectionSlug={collectionSlug} description={description} /> : null
  const versions = `${config.routes.admin}/collections/${collectionSlug}/${String(id)}/versions/`
  if (id === undefined || id === null || !collectionSlug || !pathname.startsWith(versions)) return shown
  const locale = comparedLocale(searchParams.get('localeCodes')) ?? editing.code
  return (
    <>
      {shown}
      <div className="rota-comments--comparison">
        <CommentThreads
          id={String(id)}
          collectionSlug={collectionSlug}
          locale={locale}
          title={commentTexts[language].titleIn(localeName(locale as Locale, language))}
        />
      </div>
    </>
  )
}

/** The language compared: the one chosen in the comparison (`localeCodes`, as the review's link sets it), if only one is. */
function comparedLocale(localeCodes: string | null): string | undefined {
  try {
    const codes: unknown = JSON.parse(localeCodes ?? 'null')
    return Array.isArray(codes) && codes.length === 1 && isLocale(String(codes[0])) ? String(codes[0]) : undefined
  } catch {
    return undefined
  }
}

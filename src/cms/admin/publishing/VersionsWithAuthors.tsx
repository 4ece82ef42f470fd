import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { CollectionSlug, DocumentViewServerProps } from 'payload'

import { adminDate, labelIn, publishActions, publishedIn, publishLocaleOf } from '@/cms/admin/format'
import { UserText } from '@/shared/text/user-text'
import { withoutInvisibleCharacters } from '@/shared/text/invisible-characters'

const perPage = 20

const texts = {
  tr: {
    title: 'Sürümler',
    when: 'Kaydedildiği zaman',
    state: 'Durum',
    who: 'Kaydeden',
    published: 'Yayımlandı',
    current: 'Şu an yayında',
    draft: 'Taslak',
    autosave: 'Otomatik kayıt',
    unknown: 'bilinmiyor',
    none: 'Bu belgenin henüz bir sürümü yok.',
    page: (n: number, of: number) => `Sayfa ${n} / ${of}`,
    newer: 'Daha yeni sürümler',
    older: 'Daha eski sürümler',
    compare: 'Bir sürümün tarihine tıklayın: o sürüm, şimdiki hâliyle yan yana karşılaştırılır ve geri yüklenebilir.',
  },
  en: {
    title: 'Versions',
    when: 'Saved',
    state: 'Status',
    who: 'Saved by',
    published: 'Published',
    current: 'Live now',
    draft: 'Draft',
    autosave: 'Autosave',
    unknown: 'unknown',
    none: 'This document has no versions yet.',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    newer: 'Newer versions',
    older: 'Older versions',
    compare: 'Click a version’s date to compare it side by side with the current one and to restore it.',
  },
}

/**
 * The document's "Sürümler" tab with who saved each version: Payload's own list has no author
 * column and no way to add one. Same content otherwise (date opening Payload's comparison and
 * restore view, status, the version live now), newest first, 20 a page.
 */
export default async function VersionsWithAuthors({
  initPageResult,
  searchParams,
  i18n,
  hasPublishedDoc,
  doc,
}: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined || docID === null) return null
  const language = i18n?.language === 'en' ? 'en' : 'tr'
  const t = texts[language]
  const requested = Number(Array.isArray(searchParams?.page) ? searchParams.page[0] : searchParams?.page)
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1
  const collection = collectionConfig.slug as CollectionSlug
  const [versions, live, publishes] = await Promise.all([
    req.payload.findVersions({
      collection,
      where: { parent: { equals: docID } },
      sort: '-updatedAt',
      limit: perPage,
      page,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    }),
    req.payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: docID } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    }),
    // Which language each publish was made in (src/cms/admin/format.ts publishLocaleOf).
    req.payload.find({
      collection: 'activity-log',
      where: {
        and: [
          { collection: { equals: collection } },
          { document: { equals: String(docID) } },
          { action: { in: [...publishActions] } },
        ],
      },
      sort: '-createdAt',
      limit: 500,
      depth: 0,
      select: { createdAt: true, locale: true },
      req,
    }),
  ])
  // The newest published version is what readers see, unless the document was unpublished since.
  const liveVersion = hasPublishedDoc ? live.docs[0]?.id : undefined
  const base = `/admin/collections/${collection}/${String(docID)}/versions`
  const title = doc?.[collectionConfig.admin.useAsTitle ?? 'id']
  const nav = [
    { label: labelIn(collectionConfig.labels.plural, language), url: `/admin/collections/${collection}` },
    {
      // The step navigation takes text only: the title without bidi controls or invisible characters.
      label: typeof title === 'string' && title ? withoutInvisibleCharacters(title) : String(docID),
      url: `/admin/collections/${collection}/${String(docID)}`,
    },
    { label: t.title },
  ]
  return (
    <main className="rota-versions">
      <SetStepNav nav={nav} />
      <Gutter>
        <p className="rota-versions__help">{t.compare}</p>
        {versions.docs.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <table className="rota-versions__table">
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.state}</th>
                <th scope="col">{t.who}</th>
              </tr>
            </thead>
            <tbody>
              {versions.docs.map((v) => {
                const version = v.version as { _status?: string; changedBy?: string | null }
                const state =
                  version._status === 'published'
                    ? publishedIn(t.published, publishLocaleOf(v, publishes.docs), language)
                    : (v as { autosave?: boolean }).autosave
                      ? t.autosave
                      : t.draft
                return (
                  <tr key={v.id}>
                    <td>
                      <a href={`${base}/${v.id}`}>{adminDate(v.updatedAt, language)}</a>
                    </td>
                    <td>
                      {state}
                      {v.id === liveVersion ? <strong> · {t.current}</strong> : null}
                    </td>
                    <td>{version.changedBy ? <UserText text={version.changedBy} /> : t.unknown}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
        {versions.totalPages > 1 && (
          <nav className="rota-versions__pages" aria-label={t.title}>
            {versions.hasPrevPage && <a href={`${base}?page=${page - 1}`}>{t.newer}</a>}
            <span>{t.page(page, versions.totalPages)}</span>
            {versions.hasNextPage && <a href={`${base}?page=${page + 1}`}>{t.older}</a>}
          </nav>
        )}
      </Gutter>
    </main>
  )
}

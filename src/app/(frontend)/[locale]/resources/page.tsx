import type { Metadata } from 'next'
import Link from 'next/link'

import { UserText } from '@/shared/text/user-text'
import { InLang } from '@/site/components/InLang'
import { KindFilter } from '@/site/components/KindFilter'
import { PageShell } from '@/site/components/PageShell'
import { kindLabel, LinkFailed } from '@/site/components/ResourceList'
import { pageInEveryLocale } from '@/site/alternates'
import { getResourceLibrary } from '@/site/content'
import { isPreview, localeOr404 } from '@/site/params'
import { resourceKinds } from '@/shared/links/resource-kind'
import { routes } from '@/shared/routes'
import { safeHref } from '@/rich-text/safe-url'
import { pageMetadata } from '@/site/seo'
import { uiLanguages, uiText } from '@/site/ui-text'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOr404((await params).locale)
  const t = uiText(locale)
  return pageMetadata({
    locale,
    path: routes.resources,
    title: t.resourcesTitle,
    description: t.resourcesIntro,
    languages: uiLanguages,
  })
}

export default async function ResourcesPage({ params }: Props) {
  const locale = localeOr404((await params).locale)
  const t = uiText(locale)
  const library = await getResourceLibrary(locale)
  const options = resourceKinds
    .map((kind) => ({
      value: kind,
      label: kindLabel(kind, locale) ?? kind,
      count: library.filter((r) => r.kind === kind).length,
    }))
    .filter((o) => o.count > 0)
  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale(routes.resources)}
      current="resources"
      preview={await isPreview()}
    >
      <h1>{t.resourcesTitle}</h1>
      <p className="lead">{t.resourcesIntro}</p>
      {library.length === 0 ? <p>{t.noResources}</p> : null}
      <KindFilter legend={t.filterByKind} allLabel={t.allKinds} options={options} listId="resource-library" />
      <ul id="resource-library" className="library">
        {library.map((r) => (
          <li key={r.id} id={`resource-${r.id}`} data-kind={r.kind ?? 'webpage'} className="library__item">
            <h2 className="library__title">
              <a href={safeHref(r.url) ?? undefined}>
                <InLang text={r.title} page={locale} marked />
              </a>
            </h2>
            <p className="resource-list__meta">
              {kindLabel(r.kind, locale)}
              {r.kind && r.publisher ? ' · ' : null}
              {r.publisher ? <UserText text={r.publisher} /> : null}
            </p>
            <LinkFailed resource={r} locale={locale} />
            <details className="library__cited">
              <summary>
                {t.citedBy} ({r.citedBy.length})
              </summary>
              <ul>
                {r.citedBy.map((c) => (
                  <li key={`${c.question}-${c.choice}`}>
                    <Link href={routes.advice(locale, c.question, c.choice)}>
                      {t.question} {c.question}, {t.choice.toLocaleLowerCase(locale)} {c.choice}:{' '}
                      <InLang text={c.label} page={locale} marked />
                    </Link>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </PageShell>
  )
}

import type { ResourceView } from '@/site/content-shapes'
import type { Locale } from '@/shared/locales'
import { resourceKindLabels } from '@/shared/links/resource-kind'
import { safeHref } from '@/rich-text/safe-url'
import { dateText, uiText } from '@/site/ui-text'

import { InLang } from '@/site/components/InLang'
import { UserText } from '@/shared/text/user-text'

export function kindLabel(kind: ResourceView['kind'], locale: Locale): string | null {
  if (!kind) return null
  const labels = resourceKindLabels[kind]
  return locale === 'tr' ? labels.tr : labels.en
}

/** A resource whose link failed at the last check says so, beside the link. */
export function LinkFailed({ resource, locale }: { resource: ResourceView; locale: Locale }) {
  if (!resource.linkFailedAt) return null
  return <span className="link-failed">{uiText(locale).linkFailed(dateText(locale, resource.linkFailedAt))}</span>
}

/** Resources as plain links (their URL is the href), with kind and publisher. */
export function ResourceList({ locale, resources }: { locale: Locale; resources: ResourceView[] }) {
  return (
    <ul className="resource-list">
      {resources.map((r) => (
        <li key={r.id}>
          <a href={safeHref(r.url) ?? undefined}>
            <InLang text={r.title} page={locale} marked />
          </a>
          <span className="resource-list__meta">
            {kindLabel(r.kind, locale)}
            {r.kind && r.publisher ? ' · ' : null}
            {r.publisher ? <UserText text={r.publisher} /> : null}
          </span>
          <LinkFailed resource={r} locale={locale} />
        </li>
      ))}
    </ul>
  )
}

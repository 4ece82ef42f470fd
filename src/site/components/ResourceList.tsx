import type { ResourceView } from '@/site/content'
import type { Locale } from '@/shared/locales'
import { resourceKindLabels } from '@/shared/resource-kind'
import { safeHref } from '@/rich-text/safe-url'

import { InLang } from '@/site/components/InLang'

export function kindLabel(kind: ResourceView['kind'], locale: Locale): string | null {
  if (!kind) return null
  const labels = resourceKindLabels[kind]
  return locale === 'tr' ? labels.tr : labels.en
}

/** Resources as plain links (their URL is the href), with kind and publisher. */
export function ResourceList({ locale, resources }: { locale: Locale; resources: ResourceView[] }) {
  return (
    <ul className="resource-list">
      {resources.map((r) => (
        <li key={r.id}>
          <a href={safeHref(r.url) ?? undefined}>
            <InLang text={r.title} page={locale} />
          </a>
          <span className="resource-list__meta">
            {[kindLabel(r.kind, locale), r.publisher].filter(Boolean).join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  )
}

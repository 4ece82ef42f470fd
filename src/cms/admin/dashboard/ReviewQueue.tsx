import { adminDate, labelIn } from '@/cms/admin/format'
import { titleOf, translatableCollections, translatableGlobals } from '@/cms/admin/translation/translatable'
import { comparisonLink } from '@/cms/review/comparison-link'
import { SentenceWith, UserText } from '@/shared/text/user-text'
import type { CollectionSlug, GlobalSlug, Payload, ServerProps } from 'payload'

import { newestFirst } from '@/shared/dates'
import { defaultLocale, isLocale, localeCodes, localeName, type Locale } from '@/shared/locales'
import { reviewStateLabels, type ReviewState } from '@/shared/states/review-states'
import { isEditor, isStaff, isTranslator } from '@/shared/roles'

import type { User } from '@payload-types'

type Item = {
  href: string
  /** "Yayımdaki metinle karşılaştır": the published text against this draft, in its language. */
  compare: string
  /** The collection's name ("Soru"), or null for a global, whose title is its name. */
  kind: string | null
  title: string
  locale: Locale
  sentBy: string | null
  sentAt: string | null
  comment: string | null
}

const texts = {
  tr: {
    queue: 'İnceleme bekleyenler',
    mine: 'İncelemeye gönderdikleriniz',
    mineHelp: 'İncelemeye gönderdiğiniz, bir editörün gözden geçirmesini bekleyen çeviriler.',
    returned: 'Size geri gönderilenler',
    emptyQueue: 'İnceleme bekleyen taslak yok.',
    sentAt: (when: string) => `gönderdiniz: ${when}`,
    sent: (who: string, when: string) => `${who} gönderdi, ${when}`,
    compare: 'Yayımdaki metinle karşılaştır',
    note: 'Not',
  },
  en: {
    queue: 'Waiting for review',
    mine: 'Sent to review',
    mineHelp: 'Translations you sent to review that wait for an editor.',
    returned: 'Returned to you',
    emptyQueue: 'No drafts are waiting for review.',
    sentAt: (when: string) => `you sent it ${when}`,
    sent: (who: string, when: string) => `sent by ${who}, ${when}`,
    compare: 'Compare with the published text',
    note: 'Note',
  },
}

/** "Soru: <title>", the title isolated (src/shared/text/user-text.tsx). */
const ItemTitle = ({ item }: { item: Item }) =>
  item.kind ? (
    <>
      {item.kind}: <UserText text={item.title} />
    </>
  ) : (
    <>{item.title}</>
  )

/** Drafts in one review state, in every language (or `languages`), newest first. */
async function inState(payload: Payload, state: ReviewState, languages: Locale[], language: string): Promise<Item[]> {
  const items: Item[] = []
  const reviewed = translatableCollections(payload, language)
  for (const locale of languages) {
    for (const c of reviewed) {
      // `where` on a localized field matches that language's own value only: what we want.
      const { docs } = await payload.find({
        collection: c.slug as CollectionSlug,
        where: { reviewState: { equals: state } },
        locale,
        fallbackLocale: defaultLocale,
        draft: true,
        depth: 0,
        limit: 50,
        // What an item shows: a whole advice (its rich text in every field) is read for a title.
        select: { [c.useAsTitle]: true, reviewSentBy: true, reviewSentAt: true, reviewComment: true },
        overrideAccess: true,
      })
      for (const doc of docs as unknown as Array<Record<string, unknown> & { id: string }>) {
        items.push({
          href: `/admin/collections/${c.slug}/${doc.id}?locale=${locale}`,
          compare: comparisonLink(c.slug, String(doc.id), locale),
          kind: c.singular,
          title: titleOf(doc, c),
          locale,
          sentBy: (doc.reviewSentBy as string | null) ?? null,
          sentAt: (doc.reviewSentAt as string | null) ?? null,
          comment: (doc.reviewComment as string | null) ?? null,
        })
      }
    }
    for (const g of translatableGlobals(payload)) {
      const doc = (await payload.findGlobal({
        slug: g.slug as GlobalSlug,
        locale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        overrideAccess: true,
      })) as unknown as Record<string, unknown>
      if (doc.reviewState !== state) continue
      items.push({
        href: `/admin/globals/${g.slug}?locale=${locale}`,
        compare: comparisonLink(g.slug, g.slug, locale),
        kind: null,
        title: labelIn(g.label, language),
        locale,
        sentBy: (doc.reviewSentBy as string | null) ?? null,
        sentAt: (doc.reviewSentAt as string | null) ?? null,
        comment: (doc.reviewComment as string | null) ?? null,
      })
    }
  }
  return items.sort((a, b) => newestFirst(a.sentAt, b.sentAt))
}

/**
 * The dashboard's review panels: for editors, every draft sent to review (which document,
 * which language, who sent it and when) opening on the document and its comparison with the
 * published text; for translators, the drafts returned with the editor's note and what they
 * sent that still waits for review ("İncelemeye gönderdikleriniz"), each with the same comparison.
 */
export default async function ReviewQueue({ payload, user, i18n }: ServerProps) {
  const who = user as User | undefined
  if (!isStaff(who)) return null
  const language = i18n?.language === 'en' ? 'en' : 'tr'
  const t = texts[language]
  const when = (iso: string | null) => (iso ? adminDate(iso, language) : '')
  const name = (code: Locale) => localeName(code, language)
  if (isEditor(who)) {
    const queue = await inState(payload, 'in_review', localeCodes, language)
    return (
      <section className="rota-review-queue" aria-labelledby="rota-review-queue">
        <h2 id="rota-review-queue">
          {t.queue} ({queue.length})
        </h2>
        {queue.length === 0 ? (
          <p>{t.emptyQueue}</p>
        ) : (
          <ul>
            {queue.map((item) => (
              <li key={item.href}>
                <a href={item.href}>
                  <ItemTitle item={item} />
                </a>{' '}
                · {name(item.locale)} ·{' '}
                {item.sentBy ? (
                  <SentenceWith sentence={(who) => t.sent(who, when(item.sentAt))} text={item.sentBy} />
                ) : (
                  reviewStateLabels.in_review[language]
                )}{' '}
                · <a href={item.compare}>{t.compare}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    )
  }
  if (!isTranslator(who)) return null
  const mine = (who?.languages ?? []).filter(isLocale)
  // Sent by this translator: the server records "<name> <<e-mail>>" (src/cms/review/fields.ts).
  const sentByMe = (item: Item) => Boolean(who?.email && item.sentBy?.endsWith(`<${who.email}>`))
  const [waiting, returned] = await Promise.all([
    inState(payload, 'in_review', mine, language).then((items) => items.filter(sentByMe)),
    inState(payload, 'changes_requested', mine, language),
  ])
  if (waiting.length === 0 && returned.length === 0) return null
  return (
    <>
      {returned.length > 0 ? (
        <section className="rota-review-queue rota-review-queue--returned" aria-labelledby="rota-review-returned">
          <h2 id="rota-review-returned">
            {t.returned} ({returned.length})
          </h2>
          <ul>
            {returned.map((item) => (
              <li key={item.href}>
                <a href={item.href}>
                  <ItemTitle item={item} />
                </a>{' '}
                · {name(item.locale)} · <a href={item.compare}>{t.compare}</a>
                {item.comment ? (
                  <blockquote>
                    <strong>{t.note}:</strong> {item.comment}
                  </blockquote>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {waiting.length > 0 ? (
        <section className="rota-review-queue rota-review-queue--mine" aria-labelledby="rota-review-mine">
          <h2 id="rota-review-mine">
            {t.mine} ({waiting.length})
          </h2>
          <p>{t.mineHelp}</p>
          <ul>
            {waiting.map((item) => (
              <li key={item.href}>
                <a href={item.href}>
                  <ItemTitle item={item} />
                </a>{' '}
                · {name(item.locale)}
                {item.sentAt ? ` · ${t.sentAt(when(item.sentAt))}` : null} · <a href={item.compare}>{t.compare}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}

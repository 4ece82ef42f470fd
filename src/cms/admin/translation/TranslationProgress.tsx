import { labelIn } from '@/cms/admin/format'
import { createLocalReq, type CollectionSlug, type PayloadRequest, type ServerProps } from 'payload'

import { translationFilter, translationStatusTexts } from '@/cms/admin/translation/translation-status-text'
import {
  titleOf,
  translatableCollections,
  translatableGlobals,
  type Translatable,
} from '@/cms/admin/translation/translatable'
import { UserText } from '@/shared/text/user-text'
import {
  addParagraphs,
  noParagraphs,
  translationChangesOf,
  translationLocales,
  translationStatusOf,
  whereInStates,
  type ParagraphTotals,
  type UnitChangeCounts,
} from '@/cms/translation-status/read'
import { countStatesAndParagraphs } from '@/cms/translation-status/outdated-paragraphs'
import { defaultLocale, isLocale, localeName, type Locale } from '@/shared/locales'
import { isStaff, isTranslator } from '@/shared/roles'
import { needsTranslation, translationStates, type TranslationState } from '@/shared/states/translation-states'

import type { User } from '@payload-types'

/** How many documents a translator's list of next work shows. */
const worklistLength = 12

type Work = { href: string; title: string; kind: string; state: TranslationState; changes?: UnitChangeCounts }

/** A translator's next work in one language: outdated translations first, then untranslated texts. */
async function worklist(req: PayloadRequest, collections: Translatable[], locale: string): Promise<Work[]> {
  const work: Work[] = []
  for (const state of needsTranslation.slice().reverse()) {
    for (const c of collections) {
      if (work.length >= worklistLength) return work
      const { docs } = await req.payload.find({
        collection: c.slug as CollectionSlug,
        where: await whereInStates(req, c.slug, locale, [state]),
        locale: locale as Locale,
        fallbackLocale: defaultLocale,
        draft: true,
        depth: 0,
        limit: worklistLength - work.length,
        overrideAccess: true,
        req,
      })
      const found = docs as unknown as Array<Record<string, unknown> & { id: string }>
      // The counts stored on the rows, read for the page's documents in one query.
      const changes = await Promise.all(
        found.map((doc) =>
          state === 'outdated' ? translationChangesOf(req, c.slug, String(doc.id)) : Promise.resolve(null),
        ),
      )
      found.forEach((doc, i) => {
        work.push({
          href: `/admin/collections/${c.slug}/${doc.id}?locale=${locale}`,
          title: titleOf(doc, c),
          kind: c.singular,
          state,
          changes: changes[i]?.[locale],
        })
      })
    }
  }
  return work
}

/**
 * The dashboard's panel per language: for each translatable collection, how many documents
 * are not translated, outdated or current, each count opening the list filtered to them, and
 * how many of the outdated ones' paragraphs changed ("340 paragraftan 18'i değişti"), above
 * the table summed over the language. Translators see their own languages; editors every language.
 */
export default async function TranslationProgress({ payload, user, i18n }: ServerProps) {
  const who = user as User | undefined
  if (!isStaff(who)) return null
  const language = i18n?.language ?? 'tr'
  const t = translationStatusTexts(language)
  const languages = translationLocales().filter(
    (code) => !isTranslator(who) || (who?.languages ?? []).some((mine) => mine === code),
  )
  const collections = translatableCollections(payload, language)
  const globals = translatableGlobals(payload)
  // Read through the Local API with the server's rights: the panel shows counts and titles
  // of documents every staff member may read.
  const req = await createLocalReq({}, payload)
  const panels = await Promise.all(
    languages.map(async (locale) => ({
      locale,
      rows: await Promise.all(
        collections.map(async (c) => ({
          ...c,
          counts: await countStatesAndParagraphs(req, c.slug as CollectionSlug, locale),
        })),
      ),
      globals: await Promise.all(
        globals.map(async (g) => {
          // Asked together: one read of the global's rows.
          const [states, changes] = await Promise.all([
            translationStatusOf(req, g.slug, g.slug),
            translationChangesOf(req, g.slug, g.slug),
          ])
          return {
            slug: g.slug,
            label: labelIn(g.label, language),
            state: states[locale] ?? 'missing',
            changes: changes[locale],
          }
        }),
      ),
      work: isTranslator(who) ? await worklist(req, collections, locale) : [],
    })),
  )
  return (
    <>
      {panels.map(({ locale, rows, globals: globalRows, work }) => {
        const name = isLocale(locale) ? localeName(locale, language) : locale
        const outdatedGlobals = globalRows.filter((row) => row.state === 'outdated')
        const outdated = rows.reduce((sum, row) => sum + row.counts.outdated, outdatedGlobals.length)
        const paragraphs: ParagraphTotals = noParagraphs()
        for (const { counts } of rows) {
          paragraphs.total += counts.paragraphs.total
          paragraphs.changed += counts.paragraphs.changed
          paragraphs.uncounted += counts.paragraphs.uncounted
        }
        for (const row of outdatedGlobals) addParagraphs(paragraphs, row.changes)
        return (
          <section key={locale} className="rota-translation-progress" aria-labelledby={`rota-tp-${locale}`}>
            <h2 id={`rota-tp-${locale}`}>{t.panelHeading(name)}</h2>
            <p className="rota-translation-progress__outdated">{t.outdatedSummary(outdated, paragraphs)}</p>
            <table>
              <thead>
                <tr>
                  <th scope="col" />
                  {translationStates.map((state) => (
                    <th key={state} scope="col">
                      {t.states[state]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.slug}>
                    <th scope="row">
                      <a href={`/admin/collections/${row.slug}?locale=${locale}`}>{row.label}</a>
                    </th>
                    {translationStates.map((state) => (
                      <td key={state} className={`rota-translation-status--${state}`}>
                        <a
                          href={`${translationFilter(row.slug, locale, state)}&locale=${locale}`}
                          // Starts with the number shown, as a screen reader's user hears it.
                          aria-label={`${row.counts[state]} · ${row.label}: ${t.states[state]}`}
                        >
                          {row.counts[state]}
                        </a>
                        {state === 'outdated' && row.counts.paragraphs.total ? (
                          <span className="rota-translation-progress__paragraphs">
                            {t.paragraphsChanged(row.counts.paragraphs.total, row.counts.paragraphs.changed)}
                          </span>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
                {globalRows.map((row) => (
                  <tr key={row.slug}>
                    <th scope="row">
                      <a href={`/admin/globals/${row.slug}?locale=${locale}`}>{row.label}</a>
                    </th>
                    {translationStates.map((state) => (
                      <td key={state} className={`rota-translation-status--${state}`}>
                        {row.state === state ? t.states[state] : ''}
                        {row.state === state && row.changes
                          ? ` (${t.paragraphsChanged(row.changes.total, row.changes.changed)})`
                          : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {work.length ? (
              <>
                <h3>{t.worklistHeading}</h3>
                <ol className="rota-translation-worklist">
                  {work.map((item) => (
                    <li key={item.href}>
                      <a href={item.href}>
                        <UserText text={item.title} />
                      </a>{' '}
                      <span>
                        ({item.kind} ·{' '}
                        <span className={`rota-translation-status--${item.state}`}>{t.states[item.state]}</span>
                        {item.changes ? `: ${t.paragraphsChanged(item.changes.total, item.changes.changed)}` : null})
                      </span>
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
          </section>
        )
      })}
    </>
  )
}

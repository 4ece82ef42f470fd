'use client'

import { useConfig, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { insertIntoEditor, type NewBlock } from '@/cms/admin/translation/memory-insert'
import { memoryTexts, type MemoryTexts } from '@/cms/admin/translation/memory-text'
import type { MemoryMatch } from '@/cms/translation-memory/memory-index'
import { limits } from '@/shared/limits'
import { direction } from '@/shared/locales'
import { wordDiff } from '@/shared/text/word-diff'

/** The form offers this many at most: more would bury the paragraph they are for. */
const shown = 3

type Answer = { matches: MemoryMatch[] } | { failed: true } | null

/**
 * Where in the translation a suggestion goes: the field and the unit whose place it takes
 * (null when the translation has no paragraph for it), and the Turkish block's kind for a
 * block added after the translation's last one.
 */
export type Place = { field: string; unit: string | null; block?: NewBlock }

type Outcome = 'inserted' | 'no-place' | 'copied' | 'copy-failed'

/** The memory's Turkish with what differs from the paragraph being translated marked both ways. */
function SourceDiff({ source, current, t }: { source: string; current: string; t: MemoryTexts }) {
  return (
    <p className="rota-memory__source" lang="tr" dir="ltr">
      {wordDiff(source, current).map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={i} title={t.onlyInMemory}>
            {part.text}
          </del>
        ) : (
          <ins key={i} title={t.onlyHere}>
            {part.text}
          </ins>
        ),
      )}
    </p>
  )
}

const outcomeText = (outcome: Outcome, t: MemoryTexts) =>
  ({ inserted: t.inserted, 'no-place': t.noPlace, copied: t.copied, 'copy-failed': t.copyFailed })[outcome]

function Suggestion({
  match,
  current,
  locale,
  place,
  t,
}: {
  match: MemoryMatch
  current: string
  locale: string
  place: Place | null
  t: MemoryTexts
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  // Into the field's editor, in place of the paragraph (MemoryInsertPlugin); the clipboard
  // only where no editor of that field answers (a field shown read-only, say).
  const insert = () => {
    if (place && place.unit === null) return setOutcome('no-place')
    const result = place && place.unit ? insertIntoEditor({ ...place, unit: place.unit, text: match.target }) : null
    if (result) return setOutcome(result)
    navigator.clipboard
      .writeText(match.target)
      .then(() => setOutcome('copied'))
      .catch(() => setOutcome('copy-failed'))
  }
  return (
    <li className="rota-memory__match" data-score={match.score}>
      <div className="rota-memory__score">{match.score === 100 ? t.exact : t.fuzzy(match.score)}</div>
      {match.score === 100 ? null : (
        <>
          <div className="rota-turkish-changes__field">{t.memorySource}</div>
          <SourceDiff source={match.source} current={current} t={t} />
        </>
      )}
      <p className="rota-memory__target" lang={locale} dir={direction(locale)}>
        {match.target}
      </p>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small rota-memory__insert"
        title={t.insertHelp}
        onClick={insert}
      >
        {t.insert}
      </button>
      {outcome ? (
        <span className="rota-memory__copied" role="status">
          {outcomeText(outcome, t)}
        </span>
      ) : null}
    </li>
  )
}

/**
 * The translation memory's suggestions for one Turkish paragraph (GET /api/translation-memory),
 * best first, at most three: asked for only once the paragraph comes into view, since a long
 * document has many. `hideEmpty` drops the whole block when nothing is remembered (in the list
 * of every paragraph of an untranslated document, where a "nothing found" per paragraph is noise).
 * `place` says where in the translation "Ekle" puts a suggestion; without it, it copies.
 */
export function MemorySuggestions({
  text,
  place = null,
  hideEmpty = false,
  children,
}: {
  text: string
  place?: Place | null
  hideEmpty?: boolean
  children?: React.ReactNode
}) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const locale = String(useLocale().code)
  const t = memoryTexts(i18n.language)
  const here = useRef<HTMLElement>(null)
  const [visible, setVisible] = useState(false)
  const [answer, setAnswer] = useState<Answer>(null)
  const askable = text.trim() !== '' && text.length <= limits.translationMemory.textChars

  useEffect(() => {
    const element = here.current
    if (!element || visible || !askable) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setVisible(true)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [visible, askable])

  useEffect(() => {
    if (!visible) return
    const controller = new AbortController()
    const query = new URLSearchParams({ locale, text, limit: String(shown) })
    fetch(`${config.routes.api}/translation-memory?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<MemoryMatch[]>) : Promise.reject()))
      .then((matches) => setAnswer({ matches }))
      .catch(() => {
        if (!controller.signal.aborted) setAnswer({ failed: true })
      })
    return () => controller.abort()
  }, [visible, locale, text, config.routes.api])

  if (!askable) return null
  const matches = answer && 'matches' in answer ? answer.matches : []
  if (hideEmpty && answer && matches.length === 0) return null
  return (
    <section ref={here} className="rota-memory" aria-label={t.heading}>
      {children}
      <div className="rota-memory__heading">{t.heading}</div>
      {answer === null ? (
        <p className="rota-memory__note">{t.loading}</p>
      ) : 'failed' in answer ? (
        <p className="rota-memory__note">{t.failed}</p>
      ) : matches.length === 0 ? (
        <p className="rota-memory__note">{t.none}</p>
      ) : (
        <ol className="rota-memory__matches">
          {matches.slice(0, shown).map((match, i) => (
            <Suggestion key={i} match={match} current={text} locale={locale} place={place} t={t} />
          ))}
        </ol>
      )}
    </section>
  )
}

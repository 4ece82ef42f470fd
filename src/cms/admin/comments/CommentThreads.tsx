'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { CommentForm } from '@/cms/admin/comments/CommentForm'
import { CommentText } from '@/cms/admin/comments/CommentText'
import { commentTexts, type CommentTexts } from '@/cms/admin/comments/texts'
import { adminDate } from '@/cms/admin/format'
import type { CommentParagraph } from '@/cms/comments/paragraphs'
import { UserText } from '@/shared/text/user-text'

import type { User } from '@payload-types'

export type CommentRow = {
  id: string
  text?: string | null
  parent?: string | null
  paragraph?: string | null
  author?: string | null
  authorName?: string | null
  resolved?: boolean | null
  deleted?: boolean | null
  createdAt: string
}

/**
 * The content team's comments on one document in one language (collections/Comments): open
 * threads first, resolved ones folded away, each with its answers and, for a thread about one
 * paragraph of the rich text, that paragraph's first words. Everyone answers and resolves; only
 * the author edits or deletes a comment (the server decides, src/cms/comments/rules.ts; the
 * buttons only follow). Read again after each change, and the paragraphs after each save
 * (`textVersion`). Shown beside the form (CommentsPanel) and in the comparison
 * (CommentsInComparison).
 */
export function CommentThreads({
  id,
  collectionSlug,
  locale,
  title,
  textVersion,
}: {
  id: string
  collectionSlug: string
  locale: string
  title?: string
  textVersion?: unknown
}) {
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [rows, setRows] = useState<CommentRow[] | null>(null)
  const [paragraphs, setParagraphs] = useState<CommentParagraph[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const api = `${config.routes.api}/comments`
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const t = commentTexts[language]

  useEffect(() => {
    const controller = new AbortController()
    const query = [
      `where[doc.value][equals]=${encodeURIComponent(id)}`,
      `where[locale][equals]=${encodeURIComponent(locale)}`,
      'sort=createdAt&limit=500&depth=0',
    ].join('&')
    fetch(`${api}?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: { docs?: CommentRow[] } | null) => setRows(answer?.docs ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, id, locale, version])

  useEffect(() => {
    const controller = new AbortController()
    const query = new URLSearchParams({ collection: collectionSlug, id, locale })
    fetch(`${api}/paragraphs?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: { paragraphs?: CommentParagraph[] } | null) => setParagraphs(answer?.paragraphs ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, collectionSlug, id, locale, textVersion])

  const send = useCallback(
    async (method: 'POST' | 'PATCH', path: string, body: Record<string, unknown>) => {
      setError(null)
      const response = await fetch(`${api}${path}`, {
        method,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }).catch(() => null)
      if (!response?.ok) {
        const answer = (await response?.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null
        setError(answer?.errors?.[0]?.message ?? t.failed)
        return false
      }
      setVersion((n) => n + 1)
      return true
    },
    [api, t.failed],
  )

  if (!rows) return null
  const roots = rows.filter((row) => !row.parent)
  const answersOf = (root: CommentRow) => rows.filter((row) => row.parent === root.id)
  const thread = (root: CommentRow) => (
    <Thread
      key={root.id}
      root={root}
      answers={answersOf(root)}
      paragraphs={paragraphs}
      me={user ? String(user.id) : ''}
      t={t}
      language={language}
      api={api}
      send={send}
      doc={{ relationTo: collectionSlug, value: id }}
      locale={locale}
    />
  )
  const open = roots.filter((root) => !root.resolved)
  const resolved = roots.filter((root) => root.resolved)
  return (
    <section className="rota-comments" lang={language} aria-label={title ?? t.title}>
      <p className="rota-comments__title">{title ?? t.title}</p>
      {open.length === 0 ? <p className="rota-comments__none">{t.none}</p> : open.map(thread)}
      {resolved.length > 0 ? (
        <details className="rota-comments__resolved">
          <summary>{t.resolvedThreads(resolved.length)}</summary>
          {resolved.map(thread)}
        </details>
      ) : null}
      <CommentForm
        api={api}
        t={t}
        label={t.newComment}
        paragraphs={paragraphs ?? []}
        language={language}
        onSubmit={(text, mentions, paragraph) =>
          send('POST', '', {
            doc: { relationTo: collectionSlug, value: id },
            locale,
            text,
            mentions,
            parent: null,
            paragraph: paragraph || null,
          })
        }
      />
      {error ? <p role="alert">{error}</p> : null}
    </section>
  )
}

type ThreadProps = {
  root: CommentRow
  answers: CommentRow[]
  /** Null until read: a thread's paragraph is not called gone before the paragraphs are known. */
  paragraphs: CommentParagraph[] | null
  me: string
  t: CommentTexts
  language: 'tr' | 'en'
  api: string
  send: (method: 'POST' | 'PATCH', path: string, body: Record<string, unknown>) => Promise<boolean>
  doc: { relationTo: string; value: string }
  locale: string
}

function Thread({ root, answers, paragraphs, me, t, language, api, send, doc, locale }: ThreadProps) {
  const [replying, setReplying] = useState(false)
  const one = (row: CommentRow) => (
    <li key={row.id} className="rota-comments__comment">
      <p className="rota-comments__meta">
        <UserText text={row.authorName ?? t.unknown} /> · {adminDate(row.createdAt, language)}
      </p>
      {row.deleted ? <p className="rota-comments__deleted">{t.deleted}</p> : <CommentText text={row.text ?? ''} />}
      {row.author === me && !row.deleted ? (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => send('PATCH', `/${row.id}`, { deleted: true })}
        >
          {t.delete}
        </button>
      ) : null}
    </li>
  )
  // The paragraph as it reads now, found by its id; a thread whose paragraph is gone says so.
  // Ids are places (src/rich-text/segments.ts): a paragraph inserted above moves the thread
  // onto its neighbour, which the first words shown make visible.
  const about = root.paragraph ? paragraphs?.find((p) => p.id === root.paragraph) : undefined
  return (
    <div className="rota-comments__thread" data-paragraph={root.paragraph ?? undefined}>
      {root.paragraph && paragraphs ? (
        <p className="rota-comments__paragraph">
          {about ? (
            <>
              {t.about} “<bdi>{about.start}</bdi>”
            </>
          ) : (
            t.paragraphGone
          )}
        </p>
      ) : null}
      <ul>
        {one(root)}
        {answers.map(one)}
      </ul>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setReplying(!replying)}>
        {t.reply}
      </button>{' '}
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => send('PATCH', `/${root.id}`, { resolved: !root.resolved })}
      >
        {root.resolved ? t.reopen : t.resolve}
      </button>
      {replying ? (
        <CommentForm
          api={api}
          t={t}
          label={t.reply}
          onSubmit={async (text, mentions) => {
            const ok = await send('POST', '', { doc, locale, text, mentions, parent: root.id })
            if (ok) setReplying(false)
            return ok
          }}
        />
      ) : null}
    </div>
  )
}

'use client'

import { useAuth, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { CommentForm } from '@/cms/admin/comments/CommentForm'
import { CommentText } from '@/cms/admin/comments/CommentText'
import { commentTexts, type CommentTexts } from '@/cms/admin/comments/texts'
import { adminDate } from '@/cms/admin/format'
import { UserText } from '@/shared/text/user-text'

import type { User } from '@payload-types'

export type CommentRow = {
  id: string
  text?: string | null
  parent?: string | null
  author?: string | null
  authorName?: string | null
  resolved?: boolean | null
  deleted?: boolean | null
  createdAt: string
}

/**
 * The content team's comments on this document in the language being edited, beside the form
 * (collections/Comments): open threads first, resolved ones folded away, each with its answers.
 * Everyone answers and resolves; only the author edits or deletes a comment (the server decides,
 * src/cms/comments/rules.ts; the buttons only follow). Read again after each change.
 */
export default function CommentsPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const [rows, setRows] = useState<CommentRow[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const api = `${config.routes.api}/comments`
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const t = commentTexts[language]

  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    const controller = new AbortController()
    const query = [
      `where[doc.value][equals]=${encodeURIComponent(String(id))}`,
      `where[locale][equals]=${encodeURIComponent(locale.code)}`,
      'sort=createdAt&limit=500&depth=0',
    ].join('&')
    fetch(`${api}?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: { docs?: CommentRow[] } | null) => setRows(answer?.docs ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, id, collectionSlug, locale.code, version])

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

  if (id === undefined || id === null || !collectionSlug || !rows) return null
  const roots = rows.filter((row) => !row.parent)
  const answersOf = (root: CommentRow) => rows.filter((row) => row.parent === root.id)
  const thread = (root: CommentRow) => (
    <Thread
      key={root.id}
      root={root}
      answers={answersOf(root)}
      me={user ? String(user.id) : ''}
      t={t}
      language={language}
      api={api}
      send={send}
      doc={{ relationTo: collectionSlug, value: String(id) }}
      locale={locale.code}
    />
  )
  const open = roots.filter((root) => !root.resolved)
  const resolved = roots.filter((root) => root.resolved)
  return (
    <section className="rota-comments" lang={language} aria-label={t.title}>
      <p className="rota-comments__title">{t.title}</p>
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
        onSubmit={(text, mentions) =>
          send('POST', '', {
            doc: { relationTo: collectionSlug, value: String(id) },
            locale: locale.code,
            text,
            mentions,
            parent: null,
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
  me: string
  t: CommentTexts
  language: 'tr' | 'en'
  api: string
  send: (method: 'POST' | 'PATCH', path: string, body: Record<string, unknown>) => Promise<boolean>
  doc: { relationTo: string; value: string }
  locale: string
}

function Thread({ root, answers, me, t, language, api, send, doc, locale }: ThreadProps) {
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
  return (
    <div className="rota-comments__thread">
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

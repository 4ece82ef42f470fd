'use client'

import { useEffect, useState } from 'react'

import type { CommentTexts } from '@/cms/admin/comments/texts'
import type { CommentParagraph } from '@/cms/comments/paragraphs'
import { limits } from '@/shared/limits'

type Person = { id: string; name: string }

/**
 * A comment or an answer. Typing "@" and a few letters offers the content team's names
 * (`GET /api/comments/people`); choosing one writes "@Name" into the text and mentions that
 * person with the comment. A name taken out of the text again is not mentioned. A new thread
 * may be about one paragraph of the rich text (`paragraphs`, by their first words, grouped by
 * field); an answer is about what its thread is about and has no such choice.
 */
export function CommentForm({
  api,
  t,
  label,
  paragraphs,
  language = 'tr',
  onSubmit,
}: {
  api: string
  t: CommentTexts
  label: string
  paragraphs?: CommentParagraph[]
  language?: 'tr' | 'en'
  onSubmit: (text: string, mentions: string[], paragraph: string) => Promise<boolean>
}) {
  const [text, setText] = useState('')
  const [paragraph, setParagraph] = useState('')
  const [picked, setPicked] = useState<Person[]>([])
  const [offers, setOffers] = useState<Person[]>([])
  const [busy, setBusy] = useState(false)
  const typing = /(?:^|\s)@([^\s@]{0,30})$/u.exec(text)?.[1]

  useEffect(() => {
    if (typing === undefined) return setOffers([])
    const controller = new AbortController()
    fetch(`${api}/people?q=${encodeURIComponent(typing)}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: { people?: Person[] } | null) => setOffers(answer?.people ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, typing])

  const choose = (person: Person) => {
    setText(text.replace(/@[^\s@]{0,30}$/u, `@${person.name} `))
    setPicked([...picked.filter((p) => p.id !== person.id), person])
    setOffers([])
  }
  const submit = async () => {
    setBusy(true)
    const mentions = picked.filter((person) => text.includes(`@${person.name}`)).map((person) => person.id)
    if (await onSubmit(text, mentions, paragraph)) {
      setText('')
      setPicked([])
      setParagraph('')
    }
    setBusy(false)
  }
  return (
    <div className="rota-comments__form">
      {paragraphs && paragraphs.length > 0 ? (
        <label className="rota-comments__paragraph-choice">
          <span>{t.paragraph}</span>
          <select value={paragraph} onChange={(event) => setParagraph(event.target.value)}>
            <option value="">{t.wholeDocument}</option>
            {[...new Set(paragraphs.map((p) => p.field))].map((field) => {
              const inField = paragraphs.filter((p) => p.field === field)
              return (
                <optgroup key={field} label={inField[0].fieldLabel[language]}>
                  {inField.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.start}
                    </option>
                  ))}
                </optgroup>
              )
            })}
          </select>
        </label>
      ) : null}
      <label>
        <span>{label}</span>
        <textarea
          value={text}
          maxLength={limits.comments.textChars}
          rows={3}
          placeholder={t.mention}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {offers.length > 0 ? (
        <ul className="rota-comments__offers" role="listbox" aria-label={t.mention}>
          {offers.map((person) => (
            <li key={person.id} role="option" aria-selected={false}>
              <button type="button" onClick={() => choose(person)}>
                <bdi>{person.name}</bdi>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={busy || !text.trim()}
        onClick={submit}
      >
        {t.send}
      </button>
    </div>
  )
}

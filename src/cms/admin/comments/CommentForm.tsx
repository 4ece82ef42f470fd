'use client'

import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'

import { insertMention, mentionedIn, typedMention, unpickedMentions, type Person } from '@/cms/admin/comments/mentions'
import type { CommentTexts } from '@/cms/admin/comments/texts'
import type { CommentParagraph } from '@/cms/comments/paragraphs'
import { limits } from '@/shared/limits'

/**
 * A comment or an answer. Typing "@" and a few letters offers the content team's names
 * (`GET /api/comments/people`) as a list the textarea keeps the focus over, as WAI-ARIA's
 * combobox pattern has it: the arrow keys move through it (`aria-activedescendant`), Enter or
 * Tab picks, Escape closes it; a click picks too. Picking writes "@Name" into the text, with the
 * caret after it, and mentions that person with the comment. A name taken out of the text again
 * is not mentioned, and an "@word" no one was picked for holds the comment back with a word
 * beside "Gönder" (mentions.ts). A new thread may be about one paragraph of the rich text
 * (`paragraphs`, by their first words, grouped by field); an answer is about what its thread is
 * about and has no such choice.
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
  const [caret, setCaret] = useState(0)
  const [paragraph, setParagraph] = useState('')
  const [picked, setPicked] = useState<Person[]>([])
  const [offers, setOffers] = useState<Person[]>([])
  const [activeId, setActiveId] = useState<string | null>(null)
  const [dismissed, setDismissed] = useState(false)
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const box = useRef<HTMLTextAreaElement>(null)
  const caretToPlace = useRef<number | null>(null)
  const listId = useId()
  const warningId = useId()
  const typing = typedMention(text, caret)
  const open = typing !== undefined && !dismissed && offers.length > 0
  const active = open ? offers.findIndex((person) => person.id === activeId) : -1

  useEffect(() => {
    if (typing === undefined) return setOffers([])
    const controller = new AbortController()
    fetch(`${api}/people?q=${encodeURIComponent(typing)}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: { people?: Person[] } | null) => setOffers(answer?.people ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, typing])

  // After a pick the typing goes on in the text, just after the name.
  useLayoutEffect(() => {
    if (caretToPlace.current === null || !box.current) return
    box.current.focus()
    box.current.setSelectionRange(caretToPlace.current, caretToPlace.current)
    caretToPlace.current = null
  })

  const problem = (value: string, people: Person[]) => {
    const unpicked = unpickedMentions(value, people)
    if (unpicked.length > 0) return t.unpicked(unpicked)
    const mentions = mentionedIn(value, people)
    return mentions.length > limits.comments.mentions ? t.tooMany(limits.comments.mentions) : null
  }
  const warning = tried ? problem(text, picked) : null

  const choose = (person: Person) => {
    const next = insertMention(text, caret, person.name)
    setText(next.text)
    setCaret(next.caret)
    caretToPlace.current = next.caret
    const nowPicked = [...picked.filter((p) => p.id !== person.id), person]
    setPicked(nowPicked)
    if (tried && !problem(next.text, nowPicked)) setTried(false)
    setOffers([])
    setActiveId(null)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open || event.nativeEvent.isComposing || event.altKey || event.ctrlKey || event.metaKey) return
    const move = (to: number) => {
      event.preventDefault()
      setActiveId(offers[(to + offers.length) % offers.length].id)
    }
    if (event.key === 'ArrowDown') move(active + 1)
    else if (event.key === 'ArrowUp') move(active < 0 ? -1 : active - 1)
    else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      setDismissed(true)
    } else if ((event.key === 'Enter' || (event.key === 'Tab' && !event.shiftKey)) && active >= 0) {
      event.preventDefault()
      choose(offers[active])
    }
  }
  const submit = async () => {
    if (problem(text, picked)) {
      setTried(true)
      box.current?.focus()
      return
    }
    setBusy(true)
    const mentions = mentionedIn(text, picked).map((person) => person.id)
    if (await onSubmit(text, mentions, paragraph)) {
      setText('')
      setCaret(0)
      setPicked([])
      setParagraph('')
      setTried(false)
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
          ref={box}
          value={text}
          maxLength={limits.comments.textChars}
          rows={3}
          placeholder={t.mention}
          aria-autocomplete="list"
          aria-controls={open ? listId : undefined}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={warning ? true : undefined}
          aria-describedby={warning ? warningId : undefined}
          onChange={(event) => {
            setText(event.target.value)
            setCaret(event.target.selectionStart)
            setDismissed(false)
            if (tried && !problem(event.target.value, picked)) setTried(false)
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setDismissed(true)}
        />
      </label>
      {open ? (
        <ul id={listId} className="rota-comments__offers" role="listbox" aria-label={t.mention}>
          {offers.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // The focus stays in the text, where the typing goes on.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(person)}
            >
              <bdi>{person.name}</bdi>
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
      {warning ? (
        <p id={warningId} className="rota-comments__warning" role="alert">
          {warning}
        </p>
      ) : null}
    </div>
  )
}

'use client'

import { useEffect, useRef, useState } from 'react'

type Texts = {
  title: string
  text: string
  button: string
  confirmTitle: string
  confirmText: string
  confirmButton: string
  cancel: string
}

/**
 * The coordinator's "delete the assessment" form. The first press never deletes: without
 * JavaScript the form goes without `confirm=1` and the server answers with a page that asks
 * (…/delete/confirm); with it, the same question is asked here, and "Evet, sil" sends
 * `confirm=1`.
 */
export function DeleteTeamForm({ action, teamKey, texts }: { action: string; teamKey: string; texts: Texts }) {
  const [asking, setAsking] = useState(false)
  const question = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (asking) question.current?.focus()
  }, [asking])
  return (
    <form
      method="post"
      action={action}
      className="report-form team-delete"
      id="delete"
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter
        if (submitter?.getAttribute('name') === 'confirm') return
        event.preventDefault()
        setAsking(true)
      }}
    >
      <h2>{texts.title}</h2>
      <p>{texts.text}</p>
      <input type="hidden" name="key" value={teamKey} />
      {asking ? (
        <div className="team-delete__ask" role="group" aria-labelledby="delete-ask" tabIndex={-1} ref={question}>
          <p id="delete-ask">
            <strong>{texts.confirmTitle}</strong> {texts.confirmText}
          </p>
          <button type="submit" name="confirm" value="1">
            {texts.confirmButton}
          </button>{' '}
          <button type="button" className="button--secondary" onClick={() => setAsking(false)}>
            {texts.cancel}
          </button>
        </div>
      ) : (
        <button type="submit">{texts.button}</button>
      )}
    </form>
  )
}

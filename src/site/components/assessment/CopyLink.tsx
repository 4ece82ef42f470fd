'use client'

import { useEffect, useRef, useState } from 'react'

/**
 * A link written out in full, to select and copy by hand, and (where JavaScript runs) a button
 * that copies it. Without JavaScript the button is not shown at all: it would do nothing.
 */
export function CopyLink({
  href,
  label,
  texts,
}: {
  href: string
  label: string
  texts: { copied: string; failed: string }
}) {
  const [ready, setReady] = useState(false)
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const link = useRef<HTMLAnchorElement>(null)
  useEffect(() => setReady(true), [])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(href)
      setState('copied')
    } catch {
      // No clipboard (a page over plain HTTP, a refusal): the link is selected to copy by hand.
      const range = document.createRange()
      if (link.current) range.selectNodeContents(link.current)
      window.getSelection()?.removeAllRanges()
      window.getSelection()?.addRange(range)
      setState(document.execCommand('copy') ? 'copied' : 'failed')
    }
  }
  return (
    <span className="copy-link">
      <a ref={link} href={href} className="copy-link__url">
        {href}
      </a>
      {ready ? (
        <span className="copy-link__tools">
          <button type="button" className="button--secondary" onClick={() => void copy()}>
            {label}
          </button>{' '}
          <span role="status" className="copy-link__status">
            {state === 'copied' ? texts.copied : state === 'failed' ? texts.failed : ''}
          </span>
        </span>
      ) : null}
    </span>
  )
}

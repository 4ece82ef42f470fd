'use client'

import { useState } from 'react'

/** Copy the report's address (the report itself) and print it; shown only where JavaScript runs. */
export function ReportTools({ texts }: { texts: { copyLink: string; copied: string; print: string } }) {
  const [copied, setCopied] = useState(false)
  return (
    <div className="report-tools">
      <button
        type="button"
        className="button--secondary"
        onClick={async () => {
          await navigator.clipboard?.writeText(window.location.href).catch(() => undefined)
          setCopied(true)
        }}
      >
        {texts.copyLink}
      </button>{' '}
      <button type="button" className="button--secondary" onClick={() => window.print()}>
        {texts.print}
      </button>
      <span role="status" className="report-tools__status">
        {copied ? texts.copied : ''}
      </span>
    </div>
  )
}

import Link from 'next/link'

import { uiText } from '@/lib/ui-text'

/** Next does not pass the locale to not-found pages, so this one speaks both languages. */
export default function NotFound() {
  const tr = uiText('tr')
  const en = uiText('en')
  return (
    <main id="main" tabIndex={-1} className="container not-found">
      <h1>{tr.notFoundTitle}</h1>
      <p>{tr.notFoundText}</p>
      <p>
        <Link href="/tr">{tr.backHome}</Link>
      </p>
      <div lang="en">
        <h2>{en.notFoundTitle}</h2>
        <p>{en.notFoundText}</p>
        <p>
          <Link href="/en">{en.backHome}</Link>
        </p>
      </div>
    </main>
  )
}

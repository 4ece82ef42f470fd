import '@fontsource-variable/source-sans-3/wght.css'
import type { Metadata } from 'next'

import { uiText } from '@/lib/ui-text'

import './(frontend)/styles.css'

export const metadata: Metadata = { title: 'Sayfa bulunamadı · Page not found' }

/** 404 for addresses outside any language (e.g. /foo): both languages, Turkish first. */
export default function GlobalNotFound() {
  const tr = uiText('tr')
  const en = uiText('en')
  return (
    <html lang="tr-TR">
      <body>
        <main id="main" className="container not-found">
          <h1>{tr.notFoundTitle}</h1>
          <p>{tr.notFoundText}</p>
          <p>
            <a href="/tr">{tr.backHome}</a>
          </p>
          <div lang="en">
            <h2>{en.notFoundTitle}</h2>
            <p>{en.notFoundText}</p>
            <p>
              <a href="/en">{en.backHome}</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  )
}

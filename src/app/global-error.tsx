'use client'

import { useEffect, useState } from 'react'

import { messages } from '@/cms/messages'
import { defaultLocale, htmlLang, isLocale, type Locale } from '@/shared/locales'
import { languageFromCookie } from '@/shared/payload-internals'
import { uiText } from '@/site/ui-text'

type Shown = { lang: string; title: string; text: string; tryAgain: string }

/** The admin's language: the one its account chose (Payload's cookie), else Turkish. */
const adminLanguage = (): 'tr' | 'en' => languageFromCookie(document.cookie, ['tr', 'en'] as const) ?? 'tr'

function adminPage(database: 'ok' | 'down' | 'unknown'): Shown {
  const lang = adminLanguage()
  const [title, text] =
    database === 'down'
      ? [messages.databaseUnreachableTitle, messages.databaseUnreachable]
      : [messages.adminPageFailedTitle, messages.adminPageFailed]
  return { lang, title: title[lang], text: text[lang], tryAgain: messages.tryAgain[lang] }
}

function siteNote(locale: Locale): Shown {
  const t = uiText(locale)
  return { lang: htmlLang(locale), title: t.unavailableTitle, text: t.unavailableText, tryAgain: t.tryAgain }
}

/** A reader's page: the note in the language of its address. */
function sitePage(): Shown {
  const segment = window.location.pathname.split('/')[1]
  return siteNote(isLocale(segment) ? segment : defaultLocale)
}

/**
 * What a page that failed on the server shows instead of Next.js's English "This page couldn’t
 * load". It replaces the root layout, so it is the whole document. In the admin it asks
 * /api/health whether the database answers and, when it does not, says so: the editor knows it
 * is not their doing and that waiting helps. Readers get a short note in the page's language
 * (the pages they had are still served from the cache meanwhile).
 */
export default function GlobalError() {
  // Until the browser says where it is: the note in the default language, which the server can render too.
  const [shown, setShown] = useState<Shown>(() => siteNote(defaultLocale))
  useEffect(() => {
    if (!window.location.pathname.startsWith('/admin')) return setShown(sitePage())
    setShown(adminPage('unknown'))
    const controller = new AbortController()
    fetch('/api/health', { cache: 'no-store', signal: controller.signal })
      .then((response) => response.json() as Promise<{ database?: string }>)
      .then(({ database }) =>
        setShown(adminPage(database === 'ok' ? 'ok' : database === 'not checked' ? 'unknown' : 'down')),
      )
      .catch(() => {})
    return () => controller.abort()
  }, [])
  return (
    <html lang={shown.lang}>
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          maxWidth: '40rem',
          margin: '3rem auto',
          padding: '0 1rem',
          lineHeight: 1.5,
        }}
      >
        <main>
          <h1>{shown.title}</h1>
          <p>{shown.text}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {shown.tryAgain}
          </button>
        </main>
      </body>
    </html>
  )
}

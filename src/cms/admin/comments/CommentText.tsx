'use client'

/**
 * A comment as written: plain text (React escapes it), its lines kept, and only http(s)
 * addresses made links, opened apart and without passing this page on. No HTML is ever read.
 */
export function CommentText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"']+)/g)
  return (
    <p className="rota-comments__text" style={{ whiteSpace: 'pre-wrap' }}>
      {parts.map((part, index) => {
        if (index % 2 === 0) return part
        const url = safeUrl(part)
        return url ? (
          <a key={index} href={url} target="_blank" rel="noopener noreferrer nofollow">
            {part}
          </a>
        ) : (
          part
        )
      })}
    </p>
  )
}

function safeUrl(text: string): string | null {
  try {
    const url = new URL(text)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

/** Control characters (also in file names) as \u escapes: shown, never obeyed by the terminal. */
export const visibleText = (text: string) =>
  text.replace(
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )

const asJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? String(value)

/**
 * A front-matter value as a message may quote it: short, on one line, with control characters
 * made visible (a file's text must not steer the terminal that shows the report).
 */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : typeof value === 'bigint' ? String(value) : asJson(value)
  return visibleText(text.length > 60 ? `${text.slice(0, 57)}…` : text)
}

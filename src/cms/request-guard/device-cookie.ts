import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { sessionCookieSecure } from '@/cms/session-cookie'

/**
 * A browser that has signed in to an account before (OWASP's "device cookie"): the account's
 * lock after many failures does not apply to it, so a stranger failing on purpose cannot keep
 * the owner out. The cookie names the browser (a random id, for its own failure count) and the
 * accounts signed in from it (as keyed hashes: the cookie does not reveal the addresses), signed
 * with the server's secret so it cannot be made up.
 */
export const deviceCookieName = 'rota-device'
const maxAccounts = 5
const yearSeconds = 365 * 24 * 3600

export type Device = { id: string; accounts: string[] }

const mac = (secret: string, text: string, length: number) =>
  createHmac('sha256', secret).update(text).digest('base64url').slice(0, length)

/** The account as the cookie names it: typed e-mail addresses differ in case only by accident. */
export const accountKey = (secret: string, email: string) =>
  mac(secret, `account:${email.trim().toLocaleLowerCase('tr-TR')}`, 16)

const signed = (secret: string, body: string) => `${body}.${mac(secret, `device:${body}`, 22)}`

/** The browser's device cookie, if it carries one this server signed. */
export function readDevice(cookieHeader: string | null, secret: string): Device | null {
  const value = new RegExp(`(?:^|;\\s*)${deviceCookieName}=([A-Za-z0-9_.~-]{1,400})`).exec(cookieHeader ?? '')?.[1]
  if (!value) return null
  const cut = value.lastIndexOf('.')
  const body = value.slice(0, cut)
  const expected = Buffer.from(signed(secret, body))
  const given = Buffer.from(value)
  if (cut < 0 || expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  const [id, accounts = ''] = body.split('.')
  return id ? { id, accounts: accounts ? accounts.split('~') : [] } : null
}

/** The Set-Cookie value after successful sign-ins to `emails` from this browser. */
export function deviceCookie(device: Device | null, emails: string[], secret: string): string {
  const added = emails.map((email) => accountKey(secret, email))
  const id = device?.id ?? randomBytes(12).toString('base64url')
  const accounts = [...new Set([...added.reverse(), ...(device?.accounts ?? [])])].slice(0, maxAccounts)
  const value = signed(secret, `${id}.${accounts.join('~')}`)
  // Only the API reads it; never sent to other sites; Secure wherever the session cookie is.
  const secure = sessionCookieSecure() ? '; Secure' : ''
  return `${deviceCookieName}=${value}; Path=/api; Max-Age=${yearSeconds}; HttpOnly; SameSite=Strict${secure}`
}

import type { Payload } from 'payload'

import { signInFailureLog } from '@/cms/activity/sign-in-failures'
import { accountKey, deviceCookie, readDevice, type Device } from '@/cms/request-guard/device-cookie'
import { requestMessages } from '@/cms/request-guard/messages'
import { Refusal } from '@/cms/request-guard/refusal'
import { attemptLimiter, giveBack, take, type AttemptLimit } from '@/shared/requests/attempt-limits'
import { limits } from '@/shared/limits'

/** One sign-in (`login`) or password-reset request (`forgot`): a GraphQL request may make several. */
export type Attempt = { kind: 'login' | 'forgot'; email: string | null; alias?: string }

const rules = {
  address: { name: 'sign-in-address', points: limits.auth.addressAttempts, windowMs: limits.auth.addressWindowMs },
  account: { name: 'sign-in-account', points: limits.auth.accountAttempts, windowMs: limits.auth.accountWindowMs },
  device: { name: 'sign-in-device', points: limits.auth.deviceAttempts, windowMs: limits.auth.accountWindowMs },
} satisfies Record<string, AttemptLimit>

type Taken = { rule: AttemptLimit; key: string }
export type Admission = { address: string; device: Device | null; perAttempt: Taken[][] }

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000))

/**
 * Refuses the request, its sign-ins counted with the failed ones (administrators see a flood as
 * what it is, however much of it never reached a password check). Not waited for: the count is
 * written within the minute, and a refusal must not wait on the database.
 */
function tooMany(
  payload: Payload,
  address: string,
  attempts: Attempt[],
  waitMs: number,
  message: (minutes: number) => { tr: string; en: string },
): Refusal {
  const log = signInFailureLog(payload)
  for (const attempt of attempts) if (attempt.kind === 'login') void log.record({ address, email: attempt.email })
  return new Refusal(429, message(minutes(waitMs)), { 'Retry-After': String(Math.ceil(waitMs / 1000)) })
}

/**
 * Takes a request's sign-in attempts from their allowances when it arrives, before Payload
 * checks a password: every attempt counts (each GraphQL alias, each of a burst of parallel
 * requests), and one over an allowance refuses the whole request (429). The lockout cannot be
 * turned against an account's owner:
 * - an address has 5 attempts per 10 minutes, whatever the accounts, so one place never
 *   reaches an account's 10;
 * - an account's 10 per 15 minutes hold only browsers that never signed in to it; a browser
 *   that did (its device cookie) has an allowance of its own, so even many places failing on
 *   purpose leave the owner's browser able to sign in at once.
 */
export async function admitSignIn(
  payload: Payload,
  request: Request,
  address: string,
  attempts: Attempt[],
): Promise<Admission> {
  const secret = payload.secret
  const device = readDevice(request.headers.get('cookie'), secret)
  const byAddress = { rule: rules.address, key: address }
  const { waitMs } = await take(attemptLimiter(payload, rules.address), address, attempts.length)
  if (waitMs) throw tooMany(payload, address, attempts, waitMs, requestMessages.tooManyAttempts)
  const perAttempt: Taken[][] = []
  for (const attempt of attempts) {
    const taken: Taken[] = [byAddress]
    perAttempt.push(taken)
    if (attempt.kind !== 'login' || !attempt.email) continue
    const account = accountKey(secret, attempt.email)
    const own = device?.accounts.includes(account)
    const byAccount = own ? { rule: rules.device, key: device!.id } : { rule: rules.account, key: account }
    const wait = await take(attemptLimiter(payload, byAccount.rule), byAccount.key)
    if (wait.waitMs) throw tooMany(payload, address, attempts, wait.waitMs, requestMessages.accountWaits)
    taken.push(byAccount)
  }
  return { address, device, perAttempt }
}

/**
 * After Payload answered: a right password gives its attempt back (an office of editors behind
 * one address is not held by their own sign-ins) and marks the browser as one that signed in to
 * the account. Answers the device cookie to set, if any.
 */
export async function settleSignIn(
  payload: Payload,
  admission: Admission,
  attempts: Attempt[],
  succeeded: (attempt: Attempt) => boolean,
): Promise<string | null> {
  const signedIn: string[] = []
  for (const [index, attempt] of attempts.entries()) {
    if (attempt.kind !== 'login' || !attempt.email || !succeeded(attempt)) continue
    for (const { rule, key } of admission.perAttempt[index] ?? []) await giveBack(attemptLimiter(payload, rule), key)
    signedIn.push(attempt.email)
  }
  return signedIn.length ? deviceCookie(admission.device, signedIn, payload.secret) : null
}

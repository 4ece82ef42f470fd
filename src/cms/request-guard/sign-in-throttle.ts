import { AddressLimiter } from '@/shared/address-limiter'
import { limits } from '@/shared/limits'
import { requestMessages } from '@/cms/request-guard/messages'
import { Refusal } from '@/cms/request-guard/refusal'

/**
 * Failed sign-ins (and password-reset requests) per client address. An address that fails
 * `limits.auth.addressAttempts` times within the window is refused (429) until the window has
 * passed, before its attempt reaches an account: fewer than the account's own lockout, so one
 * place cannot lock an editor out. Several instances each count their own; the account
 * lockout still stands behind them.
 */
export class SignInThrottle {
  private readonly limiter: AddressLimiter

  constructor(attempts = limits.auth.addressAttempts, windowMs = limits.auth.addressWindowMs, now = () => Date.now()) {
    this.limiter = new AddressLimiter(attempts, windowMs, now)
  }

  /** Throws a Refusal when this address has used up its attempts. */
  check(address: string): void {
    const waitMs = this.limiter.waitMs(address)
    if (waitMs <= 0) return
    throw new Refusal(429, requestMessages.tooManyAttempts(Math.max(1, Math.ceil(waitMs / 60_000))), {
      'Retry-After': String(Math.ceil(waitMs / 1000)),
    })
  }

  fail(address: string): void {
    this.limiter.record(address)
  }
}

import { limits } from '@/shared/limits'
import { requestMessages } from '@/cms/request-guard/messages'
import { Refusal } from '@/cms/request-guard/refusal'

/**
 * Failed sign-ins (and password-reset requests) per client address, in this process's memory.
 * An address that fails `limits.auth.addressAttempts` times within the window is refused
 * (429) until the window has passed, before its attempt reaches an account: fewer than the
 * account's own lockout, so one place cannot lock an editor out. Several instances each
 * count their own; the account lockout still stands behind them.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly attempts = limits.auth.addressAttempts,
    private readonly windowMs = limits.auth.addressWindowMs,
    private readonly now = () => Date.now(),
  ) {}

  private recent(address: string): number[] {
    const since = this.now() - this.windowMs
    const list = (this.failures.get(address) ?? []).filter((t) => t > since)
    if (list.length) this.failures.set(address, list)
    else this.failures.delete(address)
    return list
  }

  /** Throws a Refusal when this address has used up its attempts. */
  check(address: string): void {
    const list = this.recent(address)
    if (list.length < this.attempts) return
    const retryMs = list[0] + this.windowMs - this.now()
    const minutes = Math.max(1, Math.ceil(retryMs / 60_000))
    throw new Refusal(429, requestMessages.tooManyAttempts(minutes), {
      'Retry-After': String(Math.ceil(retryMs / 1000)),
    })
  }

  fail(address: string): void {
    // Bounded memory: an address map grown by a flood is emptied of what has expired.
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()]) this.recent(key)
    this.failures.set(address, [...this.recent(address), this.now()])
  }
}

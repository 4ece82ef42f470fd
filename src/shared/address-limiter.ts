/**
 * Counts events per client address in a sliding window, in this process's memory: an address
 * that reached `limit` events within `windowMs` must wait until the oldest of them leaves the
 * window. Memory stays bounded: a map grown by a flood is emptied of what has expired.
 */
export class AddressLimiter {
  private readonly events = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now = () => Date.now(),
  ) {}

  private recent(address: string): number[] {
    const since = this.now() - this.windowMs
    const list = (this.events.get(address) ?? []).filter((t) => t > since)
    if (list.length) this.events.set(address, list)
    else this.events.delete(address)
    return list
  }

  /** How long this address must still wait (0: it may go on). */
  waitMs(address: string): number {
    const list = this.recent(address)
    return list.length < this.limit ? 0 : list[0] + this.windowMs - this.now()
  }

  record(address: string): void {
    if (this.events.size > 10_000) for (const key of [...this.events.keys()]) this.recent(key)
    this.events.set(address, [...this.recent(address), this.now()])
  }
}

import { isIP } from 'node:net'

import type { Payload, Where } from 'payload'

import { otherAddresses, unknownAccount, unknownAddress, variousAccounts } from '@/shared/activity'
import { limits } from '@/shared/limits'

const collection = 'sign-in-failures'
const minuteMs = 60_000
const dayMs = 24 * 60 * minuteMs
/** The longest e-mail address there can be (RFC 5321); anything longer is no account. */
const emailChars = 254

export type SignInFailure = {
  /** The client's address as the server's edge decided it. */
  address: string
  /** What was typed as the e-mail address, as sent: only used to find an existing account. */
  email: unknown
}

/** Attempts of one address at one typed name in one minute, waiting to be written. */
type Pending = { minute: number; address: string; email: string | null; others: boolean; count: number }

/** One entry of the collection: attempts of one address at one account (or none) in one minute. */
type Entry = {
  key: string
  minute: number
  address: string
  account: { id: string; email: string } | null
  others: boolean
  count: number
}

const iso = (ms: number) => new Date(ms).toISOString()

/** As Payload's sign-in compares it (lower case, trimmed), when it can name an account at all. */
const typedEmail = (email: unknown): string | null =>
  typeof email === 'string' && email.length <= emailChars && email.trim() ? email.toLowerCase().trim() : null

/**
 * Counts failed sign-ins into `sign-in-failures`: one entry per client address, account and
 * minute, with the number of attempts. What a stranger typed is never stored: an existing
 * account is named by its own stored address, anything else reads "bilinmeyen hesap".
 *
 * Every attempt counts, however many arrive at once. Attempts wait in this process and are
 * written by one writer at a time, which folds parallel attempts into one write; the write
 * itself is Payload's atomic increment (`$inc`, the way its own sign-in counts attempts), and
 * an entry is created under a unique key, so a second process creating the same entry at the
 * same moment fails and adds to the first instead. No count is ever read, added to in
 * JavaScript and written back.
 *
 * The collection's size is bounded whatever the number of addresses: one minute adds at most
 * `signInFailureEntriesPerMinute` entries, any 24 hours `signInFailureEntriesPerDay`; attempts
 * beyond them count in the minute's one "diğer adresler" entry (several processes may each add
 * one more before they see each other's: the bound is approximate by that much).
 */
export class SignInFailureLog {
  private pending = new Map<string, Pending>()
  private writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly payload: Payload,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one failed attempt; resolves once it is written (or its loss is logged). */
  record(failure: SignInFailure): Promise<void> {
    const minute = Math.floor(this.now() / minuteMs) * minuteMs
    const address = isIP(failure.address) ? failure.address : unknownAddress
    const email = typedEmail(failure.email)
    let key = `${minute} ${address} ${email ?? ''}`
    let attempt: Pending = { minute, address, email, others: false, count: 0 }
    if (!this.pending.has(key) && this.pending.size >= limits.activityLog.signInFailuresPending) {
      key = `${minute} others`
      attempt = { minute, address: otherAddresses, email: null, others: true, count: 0 }
    }
    const waiting = this.pending.get(key) ?? attempt
    waiting.count += 1
    this.pending.set(key, waiting)
    // Each caller waits for a write that starts after its attempt was added; the first such
    // write takes every attempt waiting, the others find nothing left to do.
    const written = this.writing.then(() => this.writePending())
    this.writing = written
    return written
  }

  private async writePending(): Promise<void> {
    const batch = [...this.pending.values()]
    this.pending = new Map()
    if (batch.length === 0) return
    try {
      const entries = await this.entriesOf(batch)
      const existing = await this.existingKeys(entries.map((entry) => entry.key))
      const room = new Room(this.payload)
      const others = new Map<number, number>()
      const toOthers = (entry: Entry) => others.set(entry.minute, (others.get(entry.minute) ?? 0) + entry.count)
      for (const entry of entries) {
        if (existing.has(entry.key) && (await this.increment(entry))) continue
        if (entry.others || !(await room.take(entry.minute))) toOthers(entry)
        else await this.add(entry)
      }
      for (const [minute, count] of others) {
        const entry = othersEntry(minute, count)
        if (!(await this.increment(entry))) await this.add(entry)
      }
    } catch (error) {
      const attempts = batch.reduce((sum, item) => sum + item.count, 0)
      this.payload.logger.error({ msg: 'failed sign-ins not recorded', attempts, err: (error as Error).message })
    }
  }

  /** The batch as entries: typed names become accounts or none; accounts first, "others" last. */
  private async entriesOf(batch: Pending[]): Promise<Entry[]> {
    const accounts = await this.accountsOf(batch.map((item) => item.email))
    const entries = new Map<string, Entry>()
    for (const item of batch) {
      const account = (item.email && accounts.get(item.email)) || null
      const entry = item.others
        ? othersEntry(item.minute, 0)
        : {
            key: `${iso(item.minute)} ${item.address} ${account?.id ?? '-'}`,
            minute: item.minute,
            address: item.address,
            account,
            others: false,
            count: 0,
          }
      const merged = entries.get(entry.key) ?? entry
      merged.count += item.count
      entries.set(entry.key, merged)
    }
    const rank = (entry: Entry) => (entry.others ? 2 : entry.account ? 0 : 1)
    return [...entries.values()].sort((a, b) => rank(a) - rank(b))
  }

  private async accountsOf(emails: Array<string | null>): Promise<Map<string, { id: string; email: string }>> {
    const wanted = [...new Set(emails.filter((email): email is string => email !== null))]
    const found = new Map<string, { id: string; email: string }>()
    for (const chunk of chunks(wanted)) {
      const { docs } = await this.payload.find({
        collection: 'users',
        where: { email: { in: chunk } },
        select: { email: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const user of docs) found.set(user.email.toLowerCase(), { id: String(user.id), email: user.email })
    }
    return found
  }

  /** Which of the keys have an entry already (one query per 500, not one per entry). */
  private async existingKeys(keys: string[]): Promise<Set<string>> {
    const found = new Set<string>()
    for (const chunk of chunks(keys)) {
      const { docs } = await this.payload.find({
        collection,
        where: { key: { in: chunk } },
        select: { key: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const doc of docs) found.add(doc.key)
    }
    return found
  }

  /** A new entry; when another process created it meanwhile, the unique key refuses ours: add to it. */
  private async add(entry: Entry): Promise<void> {
    try {
      await this.payload.create({
        collection,
        data: {
          key: entry.key,
          minute: iso(entry.minute),
          address: entry.address,
          account: entry.account?.id ?? null,
          accountName: entry.others ? variousAccounts : (entry.account?.email ?? unknownAccount),
          count: entry.count,
        },
        depth: 0,
        overrideAccess: true,
      })
    } catch (error) {
      if (!(await this.increment(entry))) throw error
    }
  }

  /** Adds the entry's attempts to its row in one statement; false when there is no row. */
  private async increment(entry: Entry): Promise<boolean> {
    const updated = await this.payload.db.updateOne({
      collection,
      where: { key: { equals: entry.key } },
      data: { count: { $inc: entry.count }, updatedAt: new Date(this.now()).toISOString() },
      select: { id: true },
    })
    return Boolean(updated)
  }
}

const othersEntry = (minute: number, count: number): Entry => ({
  key: `${iso(minute)} ${otherAddresses}`,
  minute,
  address: otherAddresses,
  account: null,
  others: true,
  count,
})

function* chunks<T>(items: T[], size = 500): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size)
}

/**
 * How many entries a minute, and the 24 hours up to it, still may add: counted in the database
 * once per write and minute, then kept up to date as this writer adds entries.
 */
class Room {
  private readonly used = new Map<number, { minute: number; day: number }>()

  constructor(private readonly payload: Payload) {}

  async take(minute: number): Promise<boolean> {
    let used = this.used.get(minute)
    if (!used) {
      const own: Where = { address: { not_equals: otherAddresses } }
      const count = async (where: Where) =>
        (await this.payload.count({ collection, where: { and: [own, where] }, overrideAccess: true })).totalDocs
      used = {
        minute: await count({ minute: { equals: iso(minute) } }),
        day: await count({ minute: { greater_than: iso(minute - dayMs), less_than_equal: iso(minute) } }),
      }
      this.used.set(minute, used)
    }
    const { signInFailureEntriesPerMinute: perMinute, signInFailureEntriesPerDay: perDay } = limits.activityLog
    if (used.minute >= perMinute || used.day >= perDay) return false
    used.minute += 1
    // The new entry also falls in the 24 hours of the later minutes counted already.
    for (const [later, counted] of this.used) if (later >= minute && later - minute < dayMs) counted.day += 1
    return true
  }
}

const logs = new WeakMap<Payload, SignInFailureLog>()

/** The one log of failed sign-ins of this process and Payload instance. */
export const signInFailureLog = (payload: Payload): SignInFailureLog => {
  let log = logs.get(payload)
  if (!log) logs.set(payload, (log = new SignInFailureLog(payload)))
  return log
}

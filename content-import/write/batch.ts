import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

/**
 * Several files' writes in one database transaction, each file still all or nothing. A
 * transaction per file cost most of a first import on SQLite: libsql gives each transaction
 * a connection of its own and opens a new one after it, so every file paid for a connection,
 * its reading of the schema, a cold page cache and a commit (docs/decisions/008-import-in-batches.md).
 * A batch ends after `maxFiles` files or `maxMs`, so a run killed midway still leaves what
 * earlier batches wrote, and an editor saving in the CMS waits at most that long for the lock.
 * A file that fails before writing anything leaves the batch as it is. A file that fails after
 * a write (Payload's operations roll back the whole transaction on their own errors) ends the
 * batch: `abandon()` rolls it back, and the caller writes its files again one transaction each.
 */
export class Batch {
  private holder: PayloadRequest | null = null
  private opened = 0
  private files = 0

  constructor(
    private readonly payload: Payload,
    private readonly bounds = { maxFiles: 200, maxMs: 1000 },
  ) {}

  get open(): boolean {
    return this.holder !== null
  }

  /** Whether the batch holds files written before the one being written now. */
  get holdsOthers(): boolean {
    return this.files > 1
  }

  /**
   * Puts a file's request in the batch's transaction, begun if none is open. False where the
   * adapter has no transactions (SQLite as the server runs it): the caller keeps its undo log.
   */
  async join(req: PayloadRequest): Promise<boolean> {
    if (!this.holder) {
      const holder = await createLocalReq({}, this.payload)
      if (!(await initTransaction(holder))) return false
      this.holder = holder
      this.opened = performance.now()
      this.files = 0
    }
    req.transactionID = this.holder.transactionID
    this.files++
    return true
  }

  /** Whether the batch has had its files or its time. */
  get full(): boolean {
    return this.files >= this.bounds.maxFiles || performance.now() - this.opened >= this.bounds.maxMs
  }

  async commit(): Promise<void> {
    const holder = this.holder
    this.holder = null
    if (holder) await commitTransaction(holder)
  }

  /** Rolls back every file of the batch (Payload may already have done so). */
  async abandon(): Promise<void> {
    const holder = this.holder
    this.holder = null
    if (holder) await killTransaction(holder)
  }
}

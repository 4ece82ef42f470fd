import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

/**
 * Work that must wait until a request's transaction has committed. Payload has no hook after
 * the commit (afterChange and afterOperation run inside the transaction), so the adapter's own
 * commitTransaction and rollbackTransaction are wrapped here, the one place that does: the
 * work waiting for a transaction runs after its commit, and is dropped with a rollback.
 * tests/integration/publishing/content-stamp-after-commit.test.ts names this wrapping and fails if Payload stops
 * calling either method by the request's transaction id.
 */
type Work = () => Promise<void>
type Id = string | number

const waiting = new Map<Id, Work[]>()

const idOf = async (id: unknown): Promise<Id | null> => {
  const settled = id instanceof Promise ? await id : id
  return typeof settled === 'string' || typeof settled === 'number' ? settled : null
}

/** Runs `work` once the request's transaction has committed; at once when it has none. */
export async function afterCommit(req: Partial<PayloadRequest> | undefined, work: Work): Promise<void> {
  const id = await idOf(req?.transactionID)
  if (id === null) return work()
  waiting.set(id, [...(waiting.get(id) ?? []), work])
}

export function withAfterCommit(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const commit = db.commitTransaction.bind(db)
      const rollback = db.rollbackTransaction.bind(db)
      db.commitTransaction = async (transactionID) => {
        const id = await idOf(transactionID)
        await commit(transactionID)
        if (id === null) return
        const work = waiting.get(id) ?? []
        waiting.delete(id)
        for (const run of work) {
          try {
            await run()
          } catch (error) {
            // Committed is committed: what follows a commit never turns it into a failure.
            db.payload.logger.error({ msg: 'work after a commit failed', err: (error as Error)?.message })
          }
        }
      }
      db.rollbackTransaction = async (transactionID) => {
        const id = await idOf(transactionID)
        if (id !== null) waiting.delete(id)
        await rollback(transactionID)
      }
      return db
    },
  }
}

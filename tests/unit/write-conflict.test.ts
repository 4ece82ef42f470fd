import { LibsqlError } from '@libsql/client'
import { MongoServerError } from 'mongodb'
import { describe, expect, it } from 'vitest'

import { isWriteConflict } from '@/cms/instances/content-stamp'

/**
 * Which errors the content stamp's write tries again (src/cms/instances/content-stamp.ts): the drivers' own
 * error classes, as they arrive and wrapped as a cause, and nothing else.
 */
describe('isWriteConflict', () => {
  const conflict = new MongoServerError({
    code: 112,
    codeName: 'WriteConflict',
    errmsg: 'Write conflict during plan execution and yielding is disabled.',
    errorLabels: ['TransientTransactionError'],
  })

  it("knows MongoDB's WriteConflict and transient transaction errors, bare or as a cause", () => {
    expect(isWriteConflict(conflict)).toBe(true)
    expect(isWriteConflict(new Error('update failed', { cause: conflict }))).toBe(true)
    const transient = new MongoServerError({ code: 251, codeName: 'NoSuchTransaction', errmsg: 'x' })
    transient.addErrorLabel('TransientTransactionError')
    expect(isWriteConflict(transient)).toBe(true)
  })

  it("knows SQLite's BUSY", () => {
    expect(isWriteConflict(new LibsqlError('SQLITE_BUSY: database is locked', 'SQLITE_BUSY'))).toBe(true)
  })

  it('tries nothing else again', () => {
    expect(isWriteConflict(new MongoServerError({ code: 11000, codeName: 'DuplicateKey', errmsg: 'E11000' }))).toBe(
      false,
    )
    expect(isWriteConflict(new LibsqlError('SQLITE_CONSTRAINT: UNIQUE', 'SQLITE_CONSTRAINT'))).toBe(false)
    expect(isWriteConflict(new Error('Validation failed'))).toBe(false)
    expect(isWriteConflict(undefined)).toBe(false)
  })
})

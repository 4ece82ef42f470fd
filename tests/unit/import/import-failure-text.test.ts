import { createClient } from '@libsql/client'
import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { failureText } from '@content-import/write/failure'

/** What the import report says when a write fails for a reason the plan could not see. */
describe('an import write that failed', () => {
  it('on a unique value says so in Turkish, from a real SQLite error as the adapter wraps it', async () => {
    const db = createClient({ url: ':memory:' })
    await db.execute('create table questions (number integer unique)')
    await db.execute('insert into questions values (3)')
    const driverError = await db.execute('insert into questions values (3)').then(
      () => null,
      (error: Error) => error,
    )
    db.close()
    expect(driverError).not.toBeNull()
    const adapterError = new Error('Failed query: insert into "questions" ("number") values (?)\nparams: 3', {
      cause: driverError,
    })
    expect(failureText(adapterError)).toMatch(
      /^veritabanında aynı değere sahip bir kayıt zaten var \(questions\.number benzersiz olmalı\); .*İçe aktarmayı yeniden çalıştırın\.$/,
    )
  })

  it('on MongoDB’s duplicate key names the index', () => {
    const error = new Error(
      'E11000 duplicate key error collection: rota.questions index: number_1 dup key: { number: 3 }',
    )
    expect(failureText(error)).toContain('(number_1 benzersiz olmalı)')
  })

  it('on a field Payload refused names the field in Turkish', () => {
    const error = new ValidationError({
      collection: 'questions',
      errors: [{ path: 'number', message: 'Value must be unique' }],
    })
    expect(failureText(error)).toBe('CMS şu alanları kabul etmedi: "number" (aynı değer başka bir belgede var)')
  })

  it('otherwise keeps the first line, at most 200 characters', () => {
    const text = failureText(new Error(`${'x'.repeat(500)}\nsecond line`))
    expect(text).toHaveLength(198)
    expect(text.endsWith('…')).toBe(true)
  })
})

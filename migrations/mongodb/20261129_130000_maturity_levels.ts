import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/** The fixed list choices' `maturity` select offered before editors managed the levels. */
const formerLevels: Record<string, { tr: string; en: string }> = {
  '1': { tr: 'Başlangıç', en: 'Starting' },
  '2': { tr: 'Gelişmekte', en: 'Developing' },
  '3': { tr: 'Yerleşik', en: 'Established' },
  '4': { tr: 'İleri', en: 'Advanced' },
}

type RawCollection = {
  distinct: (field: string, filter: object) => Promise<unknown[]>
  updateMany: (filter: object, update: object) => Promise<unknown>
}

/**
 * Mirrors 20261129_124858_maturity_levels of migrations/sqlite: the new collections' indexes
 * (team assessments' unique public id) exist before the first write, and levels given with
 * the former select become published levels the choices keep pointing to.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as {
    collections: Record<string, { createIndexes: () => Promise<void>; collection: RawCollection }>
    versions: Record<string, { createIndexes: () => Promise<void> }>
    connection: { base: { Types: { ObjectId: new (id: string) => unknown } } }
  }
  for (const model of [...Object.values(db.collections), ...Object.values(db.versions)]) {
    await model.createIndexes()
  }
  const choices = db.collections.choices.collection
  // The raw driver: the model would cast the former string values to ids and fail.
  for (const value of await choices.distinct('maturity', { maturity: { $type: 'string' } })) {
    const label = formerLevels[String(value)]
    if (!label) continue
    const level = await payload.create({
      collection: 'maturity-levels',
      data: { title: label.tr, order: Number(value), _status: 'published' },
      locale: 'tr',
      req,
      context: { disableRevalidate: true },
    })
    await payload.update({
      collection: 'maturity-levels',
      id: level.id,
      data: { title: label.en, _status: 'published' },
      locale: 'en',
      req,
      context: { disableRevalidate: true },
    })
    await choices.updateMany(
      { maturity: value },
      { $set: { maturity: new db.connection.base.Types.ObjectId(level.id) } },
    )
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The levels stay: editors may have renamed or added some since.
}

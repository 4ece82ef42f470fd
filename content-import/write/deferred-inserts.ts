import { AsyncLocalStorage } from 'node:async_hooks'

import type { Payload } from 'payload'

/**
 * Several new documents' rows in one INSERT per table. A first import of 1,000 advice files
 * creates about 6,300 documents, and Payload's SQL adapter writes each with one statement per
 * table (its row, its language row, its relations, its first version and that version's
 * rows): 41,788 statements, whose preparing, running and building by drizzle were most of the
 * import's time (docs/decisions/013-import-rows-written-together.md). Payload's adapters offer no
 * multi-row create, so the rows Payload's own `db.create` / `db.createVersion` build for a new
 * document are held here (every insert goes through the drizzle adapter's `insert`) and
 * written when the file is done, one INSERT per table for all of the file's new documents,
 * parents before the rows that point at them.
 *
 * This is the one module that knows the drizzle adapter's internals it relies on; each is
 * checked by tests/integration/import/deferred-inserts.test.ts, which names it when it fails:
 * - `adapter.insert({ db, tableName, values, onConflictDoUpdate })` is the only way its
 *   `upsertRow` writes a row, and for a create it uses only the `id` of what a single row's
 *   insert returns, and nothing of what an insert of language, relation, text or number rows
 *   returns;
 * - a new row's id is either given (`customID`, the import's UUIDs) or made by the table's id
 *   column's `defaultFn` (UUID ids), so it can be chosen before the row is written;
 * - `adapter.rawTables[name]` names the tables a table points at: in its `foreignKeys` (language
 *   and relation rows) and in its columns' `reference` (a relation stored in the row itself).
 * - the statement itself is built as drizzle's `buildInsertQuery` builds it, from the table's
 *   columns (`Symbol.for('drizzle:Columns')`) and each column's `mapToDriverValue`, and run on
 *   the libsql session drizzle runs its own on (`session.tx` in a transaction); anything else
 *   goes through drizzle's builder (`insertRows`).
 * Where the adapter is not drizzle's (MongoDB) nothing is held: `hold()` runs its function as is.
 * Within `hold()`, any other write (an update, a row whose id cannot be known) first writes what
 * is held, so statements still reach the database in an order that keeps every reference.
 */
type Row = Record<string, unknown>
type Drizzle = { insert: (table: unknown) => { values: (rows: Row[]) => PromiseLike<unknown> } }
type InsertArgs = { db: Drizzle; tableName: string; values: Row | Row[]; onConflictDoUpdate?: unknown }
type DrizzleAdapter = {
  insert: (args: InsertArgs) => Promise<Row[]>
  tables: Record<string, Record<string, unknown> & { id?: { defaultFn?: () => unknown } }>
  rawTables: Record<
    string,
    { columns: Record<string, { reference?: { table: string } }>; foreignKeys?: Record<string, ForeignKey> }
  >
  localesSuffix?: string
  relationshipsSuffix?: string
}
type ForeignKey = { foreignColumns: Array<{ table: string }> }

/** SQLite allows 32,766 bound values per statement; rows are written in chunks well below it. */
const maxValuesPerStatement = 30_000

const holding = new AsyncLocalStorage<DeferredInserts>()
const wrapped = new WeakSet<object>()

const isDrizzle = (db: unknown): db is DrizzleAdapter =>
  typeof (db as DrizzleAdapter).insert === 'function' && typeof (db as DrizzleAdapter).rawTables === 'object'

/** Routes the adapter's inserts through the `DeferredInserts` of the running `hold()`, once per adapter. */
function wrap(adapter: DrizzleAdapter): void {
  if (wrapped.has(adapter)) return
  wrapped.add(adapter)
  const insert = adapter.insert
  adapter.insert = async function (this: DrizzleAdapter, args: InsertArgs) {
    const deferred = holding.getStore()
    if (!deferred) return insert.call(this, args)
    const held = deferred.take(args)
    if (held) return held
    await deferred.flush()
    return insert.call(this, args)
  }
}

export class DeferredInserts {
  private readonly adapter: DrizzleAdapter | null
  private held: Array<{ db: Drizzle; tableName: string; rows: Row[] }> = []

  constructor(payload: Payload) {
    this.adapter = isDrizzle(payload.db) ? payload.db : null
    if (this.adapter) wrap(this.adapter)
  }

  /** Runs `write` with the rows of the documents it creates held until `flush()`. */
  hold<T>(write: () => Promise<T>): Promise<T> {
    return this.adapter ? holding.run(this, write) : write()
  }

  /** The rows an insert would write, held and handed back as its result; null when it must run now. */
  take({ db, tableName, values, onConflictDoUpdate }: InsertArgs): Row[] | null {
    const adapter = this.adapter
    if (!adapter || onConflictDoUpdate || (this.held.length > 0 && this.held[0].db !== db)) return null
    let rows: Row[]
    if (Array.isArray(values)) {
      // Rows whose insert result upsertRow does not read: a document's languages, relations, texts, numbers.
      const suffixes = [
        adapter.localesSuffix ?? '_locales',
        adapter.relationshipsSuffix ?? '_rels',
        '_texts',
        '_numbers',
      ]
      if (!suffixes.some((suffix) => tableName.endsWith(suffix))) return null
      rows = values.map((row) => ({ ...row }))
    } else {
      // A document's or a version's own row: upsertRow reads its id, known only if given or made here.
      const row = { ...values }
      row.id ??= adapter.tables[tableName]?.id?.defaultFn?.()
      if (row.id === undefined) return null
      rows = [row]
    }
    this.held.push({ db, tableName, rows })
    return rows
  }

  /** Writes what is held: one INSERT per table (chunked), tables pointed at before those pointing. */
  async flush(): Promise<void> {
    const adapter = this.adapter
    const held = this.held
    this.held = []
    if (!adapter || held.length === 0) return
    const byTable = new Map<string, Row[]>()
    for (const { tableName, rows } of held) {
      const table = byTable.get(tableName)
      if (table) table.push(...rows)
      else byTable.set(tableName, [...rows])
    }
    const db = held[0].db
    for (const tableName of referencedFirst(adapter, [...byTable.keys()])) {
      const rows = byTable.get(tableName)!
      const columns = Object.keys(adapter.rawTables[tableName]?.columns ?? rows[0]).length || 1
      const perStatement = Math.max(1, Math.floor(maxValuesPerStatement / columns))
      for (let at = 0; at < rows.length; at += perStatement) {
        await insertRows(db, adapter.tables[tableName], rows.slice(at, at + perStatement))
      }
    }
  }
}

/** The tables in an order where every table comes after the held tables it points at (first seen first otherwise). */
function referencedFirst(adapter: DrizzleAdapter, tables: string[]): string[] {
  const pending = new Set(tables)
  const ordered: string[] = []
  const visit = (table: string, path: Set<string>) => {
    if (!pending.has(table) || path.has(table)) return
    path.add(table)
    for (const target of pointedAt(adapter, table)) if (target !== table) visit(target, path)
    path.delete(table)
    if (pending.delete(table)) ordered.push(table)
  }
  for (const table of tables) visit(table, new Set())
  return ordered
}

const pointers = new WeakMap<DrizzleAdapter, Map<string, string[]>>()

/** The tables a table's rows point at (read once per adapter and table: the schema is fixed at start). */
function pointedAt(adapter: DrizzleAdapter, table: string): string[] {
  const known = pointers.get(adapter) ?? new Map<string, string[]>()
  pointers.set(adapter, known)
  let targets = known.get(table)
  if (!targets) known.set(table, (targets = readPointers(adapter, table)))
  return targets
}

function readPointers(adapter: DrizzleAdapter, table: string): string[] {
  const raw = adapter.rawTables[table]
  if (!raw) return []
  return [
    ...Object.values(raw.foreignKeys ?? {}).flatMap((key) => key.foreignColumns.map((column) => column.table)),
    ...Object.values(raw.columns).flatMap((column) => (column.reference ? [column.reference.table] : [])),
  ]
}

type Column = {
  name: string
  default?: unknown
  defaultFn?: () => unknown
  onUpdateFn?: () => unknown
  mapToDriverValue: (value: unknown) => unknown
  shouldDisableInsert: () => boolean
}
type Statement = { sql: string; args: unknown[] }
type Session = {
  tx?: { execute: (s: Statement) => Promise<unknown> }
  client?: { execute: (s: Statement) => Promise<unknown> }
}
const columnsKey = Symbol.for('drizzle:Columns')
const nameKey = Symbol.for('drizzle:Name')
/** drizzle's SQL fragments (and placeholders) carry `getSQL`; stored values never do. */
const isSql = (value: unknown) => typeof (value as { getSQL?: unknown } | null)?.getSQL === 'function'
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * One INSERT of many rows. drizzle's own builder (`db.insert(table).values(rows)`) spent about 5 µs
 * per value building the statement, a fifth of a first import; this builds the same statement as
 * its `buildInsertQuery` does (every insertable column, a missing value as the column's default,
 * `defaultFn`, `onUpdateFn` or null; each value through the column's `mapToDriverValue`) and runs
 * it on the libsql session drizzle runs its own on (the transaction's where there is one). A
 * row or default that is an SQL fragment, or a session of another shape, goes through drizzle.
 */
async function insertRows(db: Drizzle, table: Record<string | symbol, unknown>, rows: Row[]): Promise<void> {
  const session = (db as unknown as { session?: Session }).session
  const run = session?.tx ?? session?.client
  const throughDrizzle = async () => void (await db.insert(table).values(rows))
  if (!run) return throughDrizzle()
  const insertable = Object.entries((table[columnsKey] ?? {}) as Record<string, Column>).filter(
    ([, column]) => !column.shouldDisableInsert(),
  )
  // A table drizzle no longer describes this way: its own builder, slower but right.
  if (insertable.length === 0) return throughDrizzle()
  const keys = insertable.map(([key]) => key)
  const columns = insertable.map(([, column]) => column)
  const args: unknown[] = []
  for (const row of rows) {
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]
      let value = row[keys[c]]
      if (value === undefined) {
        if (column.default !== null && column.default !== undefined) value = column.default
        else if (column.defaultFn) value = column.defaultFn()
        else if (column.onUpdateFn) value = column.onUpdateFn()
        else value = null
      }
      if (isSql(value)) return throughDrizzle()
      const mapped = value === null ? null : column.mapToDriverValue(value)
      if (isSql(mapped)) return throughDrizzle()
      args.push(mapped)
    }
  }
  const names = columns.map((column) => quoted(column.name)).join(', ')
  const tuple = `(${columns.map(() => '?').join(', ')})`
  await run.execute({
    sql: `insert into ${quoted(String(table[nameKey]))} (${names}) values ${Array(rows.length).fill(tuple).join(', ')}`,
    args,
  })
}

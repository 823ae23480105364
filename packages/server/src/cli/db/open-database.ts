import { existsSync } from 'node:fs'
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely'
import { openServerDatabase, type ServerDb } from '../../db/open-server-database.ts'
import type { ServerDatabase } from '../../db/server-tables.ts'
import type { LogHead } from '../../event-store/append-steps.ts'
import { copyOutRows } from '../../event-store/postgres/copy-out-rows.ts'
import { copyVerbatim } from '../../event-store/postgres/copy-verbatim.ts'
import { createPool } from '../../event-store/postgres/create-pool.ts'
import type { EventStoreDatabase } from '../../event-store/schema/events.table.ts'
import { migrateToLatest } from '../../event-store/schema/migrate.ts'
import {
  postgresCapabilities,
  type SqlCapabilities,
  sqliteCapabilities,
} from '../../event-store/sql/capabilities.ts'
import type { EventRow } from '../../event-store/sql/event-row.ts'
import { insertVerbatim } from '../../event-store/sql/insert-verbatim.ts'
import { openSqliteDatabase } from '../../event-store/sqlite/open-sqlite-database.ts'
import { type DatabaseTarget, describeTarget } from './database-target.ts'

/** The migration history tables: the store's (Kysely's default name) and the server's. */
export interface MigrationTable {
  readonly name: string
  readonly timestamp: string
}
export interface TandemDatabase extends EventStoreDatabase, ServerDatabase {
  readonly kysely_migration: MigrationTable
  readonly server_migration: MigrationTable
}

/** Tables that belong to the migrators, not to the data: each database keeps its own. */
export const MIGRATION_TABLES = [
  'kysely_migration',
  'kysely_migration_lock',
  'server_migration',
  'server_migration_lock',
] as const

/** One connection to a Tandem database for the db commands, outside the event store's append path. */
export interface OpenedDatabase {
  readonly target: DatabaseTarget
  readonly db: Kysely<TandemDatabase>
  readonly capabilities: SqlCapabilities
  /** The names of the tables in the database (in its schema, on PostgreSQL). */
  readonly tables: () => Promise<readonly string[]>
  /** The events at positions `from`…`to`, in position order, in batches. */
  readonly readRows: (from: number, to: number, batchSize: number) => AsyncIterable<EventRow[]>
  /** Stores a batch of another log's rows verbatim, if they continue this log (insert-verbatim.ts). */
  readonly writeVerbatim: (rows: readonly EventRow[]) => Promise<LogHead>
  readonly close: () => Promise<void>
}

/** The events at positions `from`…`to` in position order, in keyset batches, through any connection (a snapshot too). */
export async function* readInBatches(
  db: Kysely<TandemDatabase>,
  from: number,
  to: number,
  batchSize: number,
): AsyncGenerator<EventRow[]> {
  for (let next = from; next <= to; ) {
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where('position', '>=', next)
      .where('position', '<=', to)
      .orderBy('position')
      .limit(batchSize)
      .execute()
    if (rows.length === 0) return
    yield rows
    next = rows.at(-1)!.position + 1
  }
}

/** A connection without any check or migration: for a target that may be empty or absent. */
export const connect = (target: DatabaseTarget): OpenedDatabase => {
  if (target.engine === 'sqlite') {
    const db = new Kysely<TandemDatabase>({
      dialect: new SqliteDialect({ database: openSqliteDatabase(target.file) }),
    })
    return {
      target,
      db,
      capabilities: sqliteCapabilities,
      tables: async () =>
        (
          await sql<{
            name: string
          }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
        ).rows.map((row) => row.name),
      readRows: (from, to, batchSize) => readInBatches(db, from, to, batchSize),
      writeVerbatim: (rows) => insertVerbatim(storeTables(db), sqliteCapabilities, rows),
      close: () => db.destroy(),
    }
  }
  const pool = createPool(target)
  const db = new Kysely<TandemDatabase>({ dialect: new PostgresDialect({ pool }) })
  return {
    target,
    db,
    capabilities: postgresCapabilities,
    tables: async () =>
      (
        await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = ${target.schema}`.execute(db)
      ).rows.map((row) => row.name),
    readRows: (from, to, batchSize) => copyOutRows(pool, from, to, batchSize),
    writeVerbatim: (rows) => copyVerbatim(pool, rows),
    close: () => db.destroy(),
  }
}

/**
 * Opens a database that must already hold a Tandem log, without migrating it: a backup or a copy
 * reads the source as it is. Refuses a missing SQLite file (opening would create an empty one) and a
 * database without an event log.
 */
export const openExisting = async (target: DatabaseTarget): Promise<OpenedDatabase> => {
  if (target.engine === 'sqlite' && !existsSync(target.file))
    throw new Error(`no database at ${describeTarget(target)}`)
  const opened = connect(target)
  const tables = await opened.tables().catch(async (error: unknown) => {
    await opened.close()
    throw error
  })
  if (!tables.includes('events') || !tables.includes('log_head')) {
    await opened.close()
    throw new Error(`${describeTarget(target)} holds no Tandem event log`)
  }
  return opened
}

/** Opens a database and brings the store's and the server's tables up to date, creating them if missing. */
export const openMigrated = async (target: DatabaseTarget): Promise<OpenedDatabase> => {
  const opened = connect(target)
  try {
    if (target.engine === 'postgres')
      await sql`create schema if not exists ${sql.id(target.schema)}`.execute(opened.db)
    await migrateToLatest(
      opened.db as unknown as Kysely<EventStoreDatabase>,
      opened.capabilities,
      target.engine === 'postgres' ? target.schema : undefined,
    )
    await (await openServerTablesAt(target)).destroy()
    return opened
  } catch (error) {
    await opened.close()
    throw error
  }
}

/** The same connection typed as the event store's tables, for the store's own SQL helpers. */
export const storeTables = (db: Kysely<TandemDatabase>): Kysely<EventStoreDatabase> =>
  db as unknown as Kysely<EventStoreDatabase>

/** The server's tables on a target, as the server would open (and migrate) them. */
const openServerTablesAt = (target: DatabaseTarget): Promise<ServerDb> =>
  openServerDatabase(
    target.engine === 'sqlite'
      ? { url: `sqlite:${target.file}` }
      : { url: target.connectionString, schema: target.schema },
  )

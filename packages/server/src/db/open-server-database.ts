import { Kysely, Migrator, SqliteDialect, sql } from 'kysely'
import { DatabaseHealth } from '../event-store/database-health.ts'
import { schemaOf } from '../event-store/postgres/create-pool.ts'
import { postgresDialect } from '../event-store/postgres/postgres-dialect.ts'
import { guardedDialect } from '../event-store/sql/guarded-dialect.ts'
import { openSqliteDatabase, type SqliteFileOptions } from '../event-store/sqlite/open-sqlite-database.ts'
import { accounts } from './migrations/0001-accounts.ts'
import { projectionCheckpoints } from './migrations/0002-projection-checkpoints.ts'
import { teamIdsColumn } from './migrations/0003-team-ids-column.ts'
import { retryBusy } from './retry-busy.ts'
import type { ServerDatabase } from './server-tables.ts'

export type ServerDb = Kysely<ServerDatabase>

const openSqliteForServer = (filename: string, options: SqliteFileOptions) => {
  const database = openSqliteDatabase(filename, options)
  database.pragma('busy_timeout = 0')
  return database
}

/** Where the server's own tables live: the database of DATABASE_URL, in `schema` on PostgreSQL. */
export interface ServerDatabaseTarget {
  readonly url: string
  /** PostgreSQL schema; default `public`. Tests give each file its own. */
  readonly schema?: string
  /** shared with the store's connections to the same database; see database-health.ts */
  readonly health?: DatabaseHealth
  /** SQLite only: the file's size limit in pages (open-sqlite-database.ts) */
  readonly maxPages?: number
}

/**
 * Opens the server's tables on the same database as the event log (its own connection; SQLite WAL
 * lets both share the file) and migrates them. The migration table has its own name, so the store's
 * migrations and ours never see each other's history.
 *
 * SQLite and two connections in one process: the store's append holds the write lock across awaits,
 * and a connection that meets a held lock waits *synchronously* (busy_timeout), blocking the event
 * loop the holder needs to finish: a deadlock until the timeout. So this connection gets
 * `busy_timeout = 0` and retries asynchronously (retry-busy.ts), and every write of ours is a single
 * statement, so we never hold the lock across an await ourselves.
 */
export const openServerDatabase = async (target: ServerDatabaseTarget): Promise<ServerDb> => {
  const { url } = target
  const pgTarget = { connectionString: url, ...(target.schema ? { schema: target.schema } : {}) }
  const isSqlite = url.startsWith('sqlite:')
  const health = target.health ?? new DatabaseHealth()
  const sqliteOptions = target.maxPages === undefined ? {} : { maxPages: target.maxPages }
  const db: ServerDb = isSqlite
    ? new Kysely({
        // Busy is routine on this connection (busy_timeout = 0) and retried by every write (retry-busy.ts).
        dialect: guardedDialect(
          new SqliteDialect({ database: openSqliteForServer(url.slice('sqlite:'.length), sqliteOptions) }),
          health,
          ['busy'],
        ),
      })
    : new Kysely({ dialect: postgresDialect(pgTarget, health) })
  if (!isSqlite) await sql`create schema if not exists ${sql.id(schemaOf(pgTarget))}`.execute(db)
  const migrator = new Migrator({
    db,
    migrationTableName: 'server_migration',
    migrationLockTableName: 'server_migration_lock',
    // Kysely looks for its migration table in any schema unless told which; tests keep one schema each.
    ...(isSqlite ? {} : { migrationTableSchema: schemaOf(pgTarget) }),
    provider: {
      getMigrations: async () => ({
        '0001-accounts': accounts,
        '0002-projection-checkpoints': projectionCheckpoints,
        '0003-team-ids-column': teamIdsColumn(isSqlite ? 'sqlite' : 'postgres'),
      }),
    },
  })
  try {
    // Another process starting on the same SQLite file may hold the lock for a moment.
    await retryBusy(async () => {
      const { error } = await migrator.migrateToLatest()
      if (error) throw error
    })
  } catch (error) {
    await db.destroy()
    throw error
  }
  return db
}

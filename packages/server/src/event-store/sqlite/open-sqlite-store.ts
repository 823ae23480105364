import { Kysely, SqliteDialect } from 'kysely'
import { DatabaseHealth } from '../database-health.ts'
import type { EventStore } from '../event-store.ts'
import { pollHead } from '../head-listeners.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import { migrateToLatest } from '../schema/migrate.ts'
import { sqliteCapabilities } from '../sql/capabilities.ts'
import { guardedDialect } from '../sql/guarded-dialect.ts'
import { SqlEventStore } from '../sql/sql-event-store.ts'
import { openSqliteDatabase, type SqliteFileOptions } from './open-sqlite-database.ts'

export interface SqliteStoreOptions extends SqliteFileOptions {
  /** shared with the server's other connections to the file; see database-health.ts */
  readonly health?: DatabaseHealth
}

/**
 * The embedded default: the event store in one SQLite file (or `:memory:`), migrated on open.
 * SQLite cannot push notifications to other processes, so `onAppended` polls the head while someone
 * listens. Open one store per file per process: better-sqlite3 waits for a busy lock synchronously,
 * so a second connection in the same process would block the event loop the first one needs to
 * finish its transaction. Separate processes share the file safely (busy_timeout). A brand-new file
 * should be migrated by one process before others start on it: SQLite's migration lock is the
 * connection's own, so two first starts at once may see one of them fail with SQLITE_BUSY.
 * A full disk, a file that turned read-only or an I/O error fail a query with `DatabaseUnavailable`
 * naming the condition (guarded-dialect.ts).
 */
export const openSqliteStore = async (
  filename: string,
  options: SqliteStoreOptions = {},
): Promise<EventStore> => {
  const dialect = new SqliteDialect({ database: openSqliteDatabase(filename, options) })
  const db = new Kysely<EventStoreDatabase>({
    dialect: guardedDialect(dialect, options.health ?? new DatabaseHealth()),
  })
  try {
    await migrateToLatest(db, sqliteCapabilities)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return new SqlEventStore({ db, capabilities: sqliteCapabilities, watch: pollHead })
}

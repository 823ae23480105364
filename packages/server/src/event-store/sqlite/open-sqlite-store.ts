import { Kysely, SqliteDialect } from 'kysely'
import type { EventStore } from '../event-store.ts'
import { pollHead } from '../head-listeners.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import { migrateToLatest } from '../schema/migrate.ts'
import { sqliteCapabilities } from '../sql/capabilities.ts'
import { SqlEventStore } from '../sql/sql-event-store.ts'
import { openSqliteDatabase } from './open-sqlite-database.ts'

/**
 * The embedded default: the event store in one SQLite file (or `:memory:`), migrated on open.
 * SQLite cannot push notifications to other processes, so `onAppended` polls the head while someone
 * listens. Open one store per file per process: better-sqlite3 waits for a busy lock synchronously,
 * so a second connection in the same process would block the event loop the first one needs to
 * finish its transaction. Separate processes share the file safely (busy_timeout). A brand-new file
 * should be migrated by one process before others start on it: SQLite's migration lock is the
 * connection's own, so two first starts at once may see one of them fail with SQLITE_BUSY.
 */
export const openSqliteStore = async (filename: string): Promise<EventStore> => {
  const db = new Kysely<EventStoreDatabase>({
    dialect: new SqliteDialect({ database: openSqliteDatabase(filename) }),
  })
  try {
    await migrateToLatest(db, sqliteCapabilities)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return new SqlEventStore({ db, capabilities: sqliteCapabilities, watch: pollHead })
}

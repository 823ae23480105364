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
 * listens.
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

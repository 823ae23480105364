import { Kysely, sql } from 'kysely'
import { DatabaseHealth } from '../database-health.ts'
import type { EventStore } from '../event-store.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import { migrateToLatest } from '../schema/migrate.ts'
import { postgresCapabilities } from '../sql/capabilities.ts'
import { SqlEventStore } from '../sql/sql-event-store.ts'
import { type PostgresTarget, schemaOf, servingClientConfig } from './create-pool.ts'
import { listenForHeads } from './listen-for-heads.ts'
import { postgresDialect } from './postgres-dialect.ts'

/**
 * The scale-out path: the event store on PostgreSQL, shared by several server processes, migrated on
 * open. Appends NOTIFY a channel named after the schema, inside their transaction, so the
 * notification is delivered exactly when (and only if) the events commit. `health` is shared with
 * the server's other connections to the same database (see database-health.ts).
 */
export const openPostgresStore = async (
  target: PostgresTarget,
  health: DatabaseHealth = new DatabaseHealth(),
): Promise<EventStore> => {
  const schema = schemaOf(target)
  const channel = `tandem_events_${schema}`
  const db = new Kysely<EventStoreDatabase>({ dialect: postgresDialect(target, health) })
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db)
    await migrateToLatest(db, postgresCapabilities, schema)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return new SqlEventStore({
    db,
    capabilities: postgresCapabilities,
    watch: (readHead) =>
      listenForHeads(servingClientConfig(target), channel, readHead, {
        onReconnect: () => health.listenerReconnected(),
      }),
    announcement: (head) => sql`pg_notify(${channel}, ${String(head)})`,
  })
}

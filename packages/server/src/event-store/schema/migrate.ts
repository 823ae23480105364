import { type Kysely, Migrator } from 'kysely'
import type { SqlCapabilities } from '../sql/capabilities.ts'
import type { EventStoreDatabase } from './events.table.ts'
import { eventLog } from './migrations/0001-event-log.ts'

/**
 * Brings the store's tables up to date. Migrations are listed here, not read from a folder, so they
 * ship inside the code that needs them; Kysely's migration lock makes concurrent starts safe.
 * Never edit a migration that has run somewhere: add the next one.
 */
export const migrateToLatest = async (
  db: Kysely<EventStoreDatabase>,
  capabilities: SqlCapabilities,
  migrationTableSchema?: string,
): Promise<void> => {
  const migrator = new Migrator({
    db,
    // Kysely finds its migration table in any schema unless told which, and tests keep one schema each.
    ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
    provider: { getMigrations: async () => ({ '0001-event-log': eventLog(capabilities) }) },
  })
  const { error } = await migrator.migrateToLatest()
  if (error) throw error
}

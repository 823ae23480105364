import { DatabaseHealth } from './database-health.ts'
import type { EventStore } from './event-store.ts'
import { openPostgresStore } from './postgres/open-postgres-store.ts'
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/open-sqlite-store.ts'

/**
 * Opens the store a DATABASE_URL names:
 * - `sqlite:./data/tandem.db` (a file, created with its folder if missing; relative to the working directory),
 * - `sqlite::memory:` (private to this process, gone on close),
 * - `postgres://user@host:5432/db` or `postgresql://…` (tables in the `public` schema).
 * `health` is shared with the server's other connections to the same database (database-health.ts).
 */
export const openEventStore = (url: string, options: SqliteStoreOptions = {}): Promise<EventStore> => {
  if (url.startsWith('sqlite:')) return openSqliteStore(url.slice('sqlite:'.length), options)
  if (url.startsWith('postgres://') || url.startsWith('postgresql://'))
    return openPostgresStore({ connectionString: url }, options.health ?? new DatabaseHealth())
  // Only the scheme is echoed: the rest of a URL may hold a password.
  return Promise.reject(
    new Error(`DATABASE_URL must start with sqlite: or postgres://, not ${url.split(':')[0]}:`),
  )
}

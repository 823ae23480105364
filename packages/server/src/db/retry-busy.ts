import { DatabaseUnavailable } from '../event-store/errors.ts'

/** SQLite's "database is locked": another connection holds the write lock right now. */
const isBusy = (error: unknown): boolean => error instanceof DatabaseUnavailable && error.condition === 'busy'

const MAX_ATTEMPTS = 200

/**
 * Runs one write of the server tables, retrying while SQLite reports the file locked. The server's
 * connection has `busy_timeout = 0` (see open-server-database.ts), so it never waits synchronously
 * for the store's append to finish — which would block the very event loop that append needs — but
 * yields with a short timer and tries again. On PostgreSQL the error never occurs.
 */
export const retryBusy = async <T>(write: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write()
    } catch (error) {
      if (!isBusy(error) || attempt >= MAX_ATTEMPTS) throw error
      await new Promise((resolve) => setTimeout(resolve, Math.min(attempt, 25)))
    }
  }
}

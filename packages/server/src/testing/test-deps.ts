import { memoryLogger } from '../log/logger.ts'
import { openTandem, type TandemOptions } from '../tandem.ts'

export const TEST_NOW = new Date('2026-03-02T09:00:00Z')

/** An in-process Tandem for tests: in-memory SQLite (log and server tables), fixed clock, memory log. */
export const testTandem = async (options: Partial<TandemOptions> = {}) => {
  const log = memoryLogger()
  const tandem = await openTandem({ databaseUrl: 'sqlite::memory:', clock: () => TEST_NOW, log, ...options })
  return { ...tandem, log, clock: () => TEST_NOW }
}

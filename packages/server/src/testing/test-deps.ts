import { createLoginLimiter } from '../accounts/login-limiter.ts'
import type { AppDeps } from '../app.ts'
import { openServerDatabase } from '../db/open-server-database.ts'
import { memoryLogger } from '../log/logger.ts'
import { createMetrics } from '../metrics/metrics.ts'

/** Deps for in-process tests: an in-memory SQLite for the server tables, a fixed clock, a memory log. */
export const testDeps = async (overrides: Partial<AppDeps> = {}) => {
  const log = memoryLogger()
  const deps = {
    log,
    metrics: createMetrics(),
    isReady: () => true,
    db: await openServerDatabase({ url: 'sqlite::memory:' }),
    clock: () => new Date('2026-03-02T09:00:00Z'),
    limiter: createLoginLimiter(),
    adminToken: undefined,
    ...overrides,
  }
  return { ...deps, log }
}

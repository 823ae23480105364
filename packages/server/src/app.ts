import { Hono } from 'hono'
import type { LoginLimiter } from './accounts/login-limiter.ts'
import type { ServerDb } from './db/open-server-database.ts'
import type { AppEnv } from './http/app-env.ts'
import { errorHandler, notFoundHandler } from './http/error-handler.ts'
import type { Logger } from './log/logger.ts'
import type { Metrics } from './metrics/metrics.ts'
import { authenticate } from './middleware/authenticate.ts'
import { bodyLimit } from './middleware/body-limit.ts'
import { csrfGuard } from './middleware/csrf-guard.ts'
import { requestLog } from './middleware/request-log.ts'
import { requestMetrics } from './middleware/request-metrics.ts'
import { securityHeaders } from './middleware/security-headers.ts'
import { accountRoutes } from './routes/accounts.ts'
import { authRoutes } from './routes/auth.ts'
import { healthRoutes } from './routes/health.ts'
import { metricsRoutes } from './routes/metrics.ts'

/** Everything the HTTP layer needs, built by main.ts (or a test) and handed in. */
export interface AppDeps {
  readonly log: Logger
  readonly metrics: Metrics
  readonly isReady: () => boolean
  /** the server's own tables: accounts, sessions, checkpoints */
  readonly db: ServerDb
  /** the server clock; goes into event metadata as occurredAt */
  readonly clock: () => Date
  readonly limiter: LoginLimiter
  readonly adminToken: string | undefined
}

/** The Tandem HTTP API as a Hono app; `main.ts` alone serves it. */
export const createApp = (deps: AppDeps) => {
  const app = new Hono<AppEnv>()
  app.use(requestMetrics(deps.metrics))
  app.use(requestLog(deps.log))
  app.use(securityHeaders())
  app.route('/', healthRoutes(deps))
  app.route('/', metricsRoutes(deps.metrics))
  app.use('/api/*', bodyLimit())
  app.use('/api/*', authenticate(deps))
  app.use('/api/*', csrfGuard())
  app.route('/', authRoutes(deps))
  app.route('/', accountRoutes(deps))
  app.notFound(notFoundHandler)
  app.onError(errorHandler(deps.log))
  return app
}

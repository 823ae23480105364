import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { LoginLimiter } from './accounts/login-limiter.ts'
import type { PrincipalCache } from './accounts/principal-cache.ts'
import type { CommandService } from './commands/command-service.ts'
import type { DeciderCache } from './commands/decider-cache.ts'
import type { ServerDb } from './db/open-server-database.ts'
import type { EventStore } from './event-store/event-store.ts'
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
import type { ProjectionRunner } from './projections/projection-runner.ts'
import { accountRoutes } from './routes/accounts.ts'
import { auditRoutes } from './routes/audit.ts'
import { authRoutes } from './routes/auth.ts'
import { caseDetailRoutes } from './routes/case-detail.ts'
import { commandPreviewRoutes } from './routes/command-preview.ts'
import { commandRoutes } from './routes/commands.ts'
import { healthRoutes, type ReadyReport } from './routes/health.ts'
import { liveRoutes } from './routes/live.ts'
import { metricsRoutes } from './routes/metrics.ts'
import { openApiRoutes } from './routes/openapi.ts'
import { plannerRoutes } from './routes/planner.ts'
import { queryRoutes } from './routes/queries.ts'
import { teamsRoutes } from './routes/teams.ts'
import { timelineRoutes } from './routes/timeline.ts'

/** Everything the HTTP layer needs, built by main.ts (or a test) and handed in. */
export interface AppDeps {
  readonly log: Logger
  readonly metrics: Metrics
  /** what `GET /ready` reports (routes/health.ts) */
  readonly readiness: () => Promise<ReadyReport>
  /** the server's own tables: accounts, sessions, checkpoints */
  readonly db: ServerDb
  /** the server clock; goes into event metadata as occurredAt */
  readonly clock: () => Date
  readonly limiter: LoginLimiter
  /** resolved credentials for a moment (see principal-cache.ts) */
  readonly principals: PrincipalCache
  readonly adminToken: string | undefined
  readonly store: EventStore
  readonly runner: ProjectionRunner
  readonly commands: CommandService
  /** the decision states the command service keeps; previews decide against them without appending */
  readonly deciderCache: DeciderCache
  /** resolves once the projections include a position (bounded wait; see tandem.ts) */
  readonly projected: (position: number) => Promise<void>
  /** the Vite build of the web app, served at `/` when given */
  readonly webDist?: string | undefined
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
  app.route('/', commandPreviewRoutes({ cache: deps.deciderCache, runner: deps.runner, clock: deps.clock }))
  app.route('/', commandRoutes(deps))
  app.route('/', teamsRoutes(deps))
  app.route('/', queryRoutes(deps))
  app.route('/', caseDetailRoutes(deps))
  app.route('/', plannerRoutes(deps))
  app.route('/', timelineRoutes(deps))
  app.route('/', liveRoutes(deps))
  app.route('/', auditRoutes(deps))
  app.route('/', openApiRoutes())
  if (deps.webDist) {
    // Vite puts a content hash in every asset name, so assets can be cached for good.
    app.use('/assets/*', async function immutableAssets(c, next) {
      await next()
      if (c.res.ok) c.header('cache-control', 'public, max-age=31536000, immutable')
    })
    app.get('/*', serveStatic({ root: deps.webDist }))
  }
  app.notFound(notFoundHandler)
  app.onError(errorHandler(deps.log))
  return app
}

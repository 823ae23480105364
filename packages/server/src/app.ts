import { Hono } from 'hono'
import { errorHandler, notFoundHandler } from './http/error-handler.ts'
import type { Logger } from './log/logger.ts'
import type { Metrics } from './metrics/metrics.ts'
import { bodyLimit } from './middleware/body-limit.ts'
import { requestLog } from './middleware/request-log.ts'
import { requestMetrics } from './middleware/request-metrics.ts'
import { securityHeaders } from './middleware/security-headers.ts'
import { healthRoutes } from './routes/health.ts'
import { metricsRoutes } from './routes/metrics.ts'

/** Everything the HTTP layer needs, built by main.ts (or a test) and handed in. */
export interface AppDeps {
  readonly log: Logger
  readonly metrics: Metrics
  readonly isReady: () => boolean
}

/** The Tandem HTTP API as a Hono app; `main.ts` alone serves it. */
export const createApp = (deps: AppDeps) => {
  const app = new Hono()
  app.use(requestMetrics(deps.metrics))
  app.use(requestLog(deps.log))
  app.use(securityHeaders())
  app.use('/api/*', bodyLimit())
  app.route('/', healthRoutes(deps))
  app.route('/', metricsRoutes(deps.metrics))
  app.notFound(notFoundHandler)
  app.onError(errorHandler(deps.log))
  return app
}

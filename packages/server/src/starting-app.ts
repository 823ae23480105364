import { Hono } from 'hono'
import { Failure } from './failures/failure.ts'
import { errorHandler } from './http/error-handler.ts'
import type { Logger } from './log/logger.ts'
import { healthRoutes, type ReadyReport } from './routes/health.ts'
import type { StartPhase } from './tandem.ts'

/** How long a client should wait before asking a starting server again. */
const RETRY_AFTER_SECONDS = 2

const startingReport = (phase: StartPhase): ReadyReport => ({
  ready: false,
  checks: {
    database: { ok: phase !== 'connecting', ...(phase === 'connecting' ? { condition: 'connecting' } : {}) },
    projections: { ok: false, lag: null, position: 0, maxLag: 0 },
    migrations: { ok: phase === 'catching-up' },
  },
})

/**
 * What the server answers until it has opened its database and caught up (main.ts swaps in the real
 * app then): `/health` 200, since the process is alive; `/ready` 503 with the phase it is in; any
 * other request 503 with `Retry-After`. A server waiting for its database thus tells a balancer
 * and an operator why, instead of refusing connections.
 */
export const startingApp = (phase: () => StartPhase, log: Logger) => {
  const app = new Hono()
  app.use(async function retryAfter(c, next) {
    await next()
    if (c.res.status === 503) c.res.headers.set('retry-after', String(RETRY_AFTER_SECONDS))
  })
  app.route('/', healthRoutes({ readiness: async () => startingReport(phase()) }))
  app.all('*', () => {
    throw new Failure('Unavailable', 'Starting', {
      nl: 'Tandem start nog op. Probeer het over een paar seconden opnieuw.',
      en: 'Tandem is still starting. Try again in a few seconds.',
    })
  })
  app.onError(errorHandler(log))
  return app
}

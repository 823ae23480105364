import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../log/logger.ts'
import { routePattern } from './route-pattern.ts'

/**
 * One log line per request with the route pattern, status and duration. No raw path (it may hold a case
 * reference), no query string, no body, no address or user agent (docs/architecture.md#privacy-and-access).
 */
export const requestLog = (log: Logger): MiddlewareHandler =>
  async function requestLog(c, next) {
    const started = performance.now()
    await next()
    log.info('request', {
      method: c.req.method,
      route: routePattern(c),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
  }

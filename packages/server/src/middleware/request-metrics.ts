import type { MiddlewareHandler } from 'hono'
import type { Metrics } from '../metrics/metrics.ts'
import { routePattern } from './route-pattern.ts'

/** Counts every request and its latency by route pattern and status, for `/metrics`. */
export const requestMetrics = (metrics: Metrics): MiddlewareHandler =>
  async function requestMetrics(c, next) {
    const started = performance.now()
    await next()
    metrics.observeRequest(c.req.method, routePattern(c), c.res.status, (performance.now() - started) / 1000)
  }

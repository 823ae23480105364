import { Hono } from 'hono'
import type { Metrics } from '../metrics/metrics.ts'

/**
 * `GET /metrics` in Prometheus text format. It holds only counts by route pattern, so it needs no
 * login; operators who expose the port publicly should block the path at their proxy.
 */
export const metricsRoutes = (metrics: Metrics) =>
  new Hono().get('/metrics', (c) =>
    c.body(metrics.render(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }),
  )

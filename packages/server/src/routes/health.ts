import { Hono } from 'hono'

export interface HealthDeps {
  /** True once the server can answer queries (projections caught up with the log at start). */
  readonly isReady: () => boolean
}

/** `GET /health`: for load balancers and `npm start` scripts; no authentication, no data. */
export const healthRoutes = (deps: HealthDeps) =>
  new Hono().get('/health', (c) =>
    deps.isReady() ? c.json({ status: 'ok' }) : c.json({ status: 'starting' }, 503),
  )

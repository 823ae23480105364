import { Hono } from 'hono'
import { databaseUnavailableIn } from '../event-store/errors.ts'
import type { EventStore } from '../event-store/event-store.ts'

/** What `/ready` found, check by check; `ready` only when every check is ok. */
export interface ReadyReport {
  readonly ready: boolean
  readonly checks: {
    /** a query reached the database and came back (`condition` names why not) */
    readonly database: { readonly ok: boolean; readonly latencyMs?: number; readonly condition?: string }
    /** the projections are at most `maxLag` events behind the head of the log (`lag` null: head unknown) */
    readonly projections: {
      readonly ok: boolean
      readonly lag: number | null
      readonly position: number
      readonly maxLag: number
    }
    /** the store's and the server's migrations have run to the end */
    readonly migrations: { readonly ok: boolean }
  }
}

export interface HealthDeps {
  /** what `/ready` reports; answered with 200 when ready, else 503 */
  readonly readiness: () => Promise<ReadyReport>
}

/** How long `/ready` waits for the database: a balancer's probe gives up after a few seconds. */
const PROBE_MS = 2000

export interface ReadinessDeps {
  readonly store: EventStore
  /** the last position the projections have folded */
  readonly projected: () => number
  /** how far behind the head the projections may be and still serve (default 1000 events) */
  readonly maxLag?: number
}

/**
 * Readiness of a started server: the database answers a query within 2 s (reading the head of the
 * log, which also gives the lag), and the projections are within `maxLag` events of that head.
 * Migrations ran before the server was built, so they are done here; the starting server reports
 * them pending (see main.ts).
 */
export const readinessOf = (deps: ReadinessDeps) => async (): Promise<ReadyReport> => {
  const maxLag = deps.maxLag ?? 1000
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const head = await Promise.race([
    deps.store.head(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), PROBE_MS)
    }),
  ]).then(
    (position) => ({ ok: true as const, position }),
    (error: unknown) => ({
      ok: false as const,
      condition:
        databaseUnavailableIn(error)?.condition ??
        (error instanceof Error && error.message === 'timeout' ? 'not-responding' : 'error'),
    }),
  )
  clearTimeout(timer)
  const position = deps.projected()
  const lag = head.ok ? Math.max(0, head.position - position) : null
  const checks = {
    database: head.ok
      ? { ok: true, latencyMs: Math.round((performance.now() - started) * 100) / 100 }
      : { ok: false, condition: head.condition },
    projections: { ok: lag !== null && lag <= maxLag, lag, position, maxLag },
    migrations: { ok: true },
  }
  return { ready: checks.database.ok && checks.projections.ok, checks }
}

/**
 * `GET /health` (liveness: the process runs and answers; restart it when this fails) and
 * `GET /ready` (readiness: send it traffic only when this is 200). Neither needs a login or shows data.
 */
export const healthRoutes = (deps: HealthDeps) =>
  new Hono()
    .get('/health', (c) => c.json({ status: 'ok' }))
    .get('/ready', async (c) => {
      const report = await deps.readiness()
      c.header('cache-control', 'no-store')
      return c.json(
        { status: report.ready ? 'ready' : 'not-ready', checks: report.checks },
        report.ready ? 200 : 503,
      )
    })

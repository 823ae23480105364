/**
 * A small Prometheus registry for the few series Tandem exposes; a client library would bring far
 * more than these need. Label values are route patterns and status codes only, never raw
 * paths, so the series count stays bounded and no case reference leaks into monitoring.
 */

/** Request latency buckets in seconds, around the 25 ms p99 target of docs/architecture.md#figures. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10] as const

interface Histogram {
  readonly counts: number[]
  sum: number
  count: number
}

export interface Metrics {
  observeRequest(method: string, route: string, status: number, seconds: number): void
  countAppended(events: number): void
  /** The projection runner reports how far behind the head of the log it is, in events. */
  setProjectionLag(events: number): void
  /** A query failed because of the database (database-health.ts), by condition (`unreachable`, `disk-full`, …). */
  countDatabaseError(condition: string): void
  /** A connection to the database works again after it was lost: the pool's, or the one listening for other instances. */
  countReconnect(connection: 'pool' | 'listen'): void
  render(): string
}

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')

export const createMetrics = (): Metrics => {
  const requests = new Map<string, number>()
  const latency = new Map<string, Histogram>()
  let appended = 0
  let lag = 0
  const databaseErrors = new Map<string, number>()
  const reconnects = new Map<string, number>([
    ['pool', 0],
    ['listen', 0],
  ])

  return {
    observeRequest(method, route, status, seconds) {
      const requestKey = `method="${escapeLabel(method)}",route="${escapeLabel(route)}",status="${status}"`
      requests.set(requestKey, (requests.get(requestKey) ?? 0) + 1)
      const latencyKey = `method="${escapeLabel(method)}",route="${escapeLabel(route)}"`
      let histogram = latency.get(latencyKey)
      if (!histogram) {
        histogram = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }
        latency.set(latencyKey, histogram)
      }
      BUCKETS.forEach((bound, index) => {
        if (seconds <= bound) histogram.counts[index]! += 1
      })
      histogram.sum += seconds
      histogram.count += 1
    },
    countAppended(events) {
      appended += events
    },
    setProjectionLag(events) {
      lag = events
    },
    countDatabaseError(condition) {
      databaseErrors.set(condition, (databaseErrors.get(condition) ?? 0) + 1)
    },
    countReconnect(connection) {
      reconnects.set(connection, (reconnects.get(connection) ?? 0) + 1)
    },
    render() {
      const lines = [
        '# HELP tandem_http_requests_total HTTP requests by method, route pattern and status.',
        '# TYPE tandem_http_requests_total counter',
        ...[...requests].map(([labels, value]) => `tandem_http_requests_total{${labels}} ${value}`),
        '# HELP tandem_http_request_duration_seconds HTTP request latency by method and route pattern.',
        '# TYPE tandem_http_request_duration_seconds histogram',
      ]
      for (const [labels, histogram] of latency) {
        for (const [index, bound] of BUCKETS.entries()) {
          lines.push(
            `tandem_http_request_duration_seconds_bucket{${labels},le="${bound}"} ${histogram.counts[index]}`,
          )
        }
        lines.push(`tandem_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${histogram.count}`)
        lines.push(`tandem_http_request_duration_seconds_sum{${labels}} ${histogram.sum}`)
        lines.push(`tandem_http_request_duration_seconds_count{${labels}} ${histogram.count}`)
      }
      lines.push(
        '# HELP tandem_events_appended_total Events appended by this instance.',
        '# TYPE tandem_events_appended_total counter',
        `tandem_events_appended_total ${appended}`,
        '# HELP tandem_projection_lag_events Events in the log not yet folded into the projections.',
        '# TYPE tandem_projection_lag_events gauge',
        `tandem_projection_lag_events ${lag}`,
        '# HELP tandem_database_errors_total Queries that failed because of the database, by condition.',
        '# TYPE tandem_database_errors_total counter',
        ...[...databaseErrors].map(
          ([condition, value]) =>
            `tandem_database_errors_total{condition="${escapeLabel(condition)}"} ${value}`,
        ),
        '# HELP tandem_database_reconnects_total Connections to the database working again after it was lost.',
        '# TYPE tandem_database_reconnects_total counter',
        ...[...reconnects].map(
          ([connection, value]) => `tandem_database_reconnects_total{connection="${connection}"} ${value}`,
        ),
      )
      return `${lines.join('\n')}\n`
    },
  }
}

import autocannon from 'autocannon'

export interface LoadResult {
  readonly requests: number
  readonly non2xx: number
  /** the non-2xx replies by status, e.g. `{ "409": 3 }` */
  readonly non2xxByStatus: Readonly<Record<string, number>>
  /** replies with a 5xx status, as a share of all replies (0 to 1): must be 0 */
  readonly share5xx: number
  /** requests that got no reply at all (refused, reset, timed out) */
  readonly errors: number
  readonly p50Ms: number
  readonly p95Ms: number
  readonly p99Ms: number
  readonly maxMs: number
  readonly requestsPerSecond: number
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/**
 * Runs autocannon with `connections` for `seconds`, each request built by `next()`, and keeps every
 * response time and status from its `response` events: autocannon's summary has no p95, which
 * docs/architecture.md#figures asks for, and does not tell 5xx from 4xx.
 */
export const load = async (
  base: string,
  token: string,
  next: () => { readonly method: 'GET' | 'POST'; readonly path: string; readonly body?: unknown },
  { connections = 32, seconds = 10 } = {},
): Promise<LoadResult> => {
  const latencies: number[] = []
  let fiveXx = 0
  const byStatus: Record<string, number> = {}
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => {
          const { method, path, body } = next()
          return {
            ...request,
            method,
            path,
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          }
        },
      },
    ],
  })
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime)
    if (status >= 500) fiveXx++
    if (status < 200 || status >= 300) byStatus[status] = (byStatus[status] ?? 0) + 1
  })
  const result = await instance
  latencies.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 100) / 100
  return {
    requests: latencies.length,
    non2xx: result.non2xx,
    non2xxByStatus: byStatus,
    share5xx: latencies.length === 0 ? 0 : fiveXx / latencies.length,
    errors: result.errors,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? 0),
    requestsPerSecond: Math.round(result['2xx'] / seconds),
  }
}

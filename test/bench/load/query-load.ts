import autocannon from 'autocannon'

export interface LoadResult {
  readonly requests: number
  readonly non2xx: number
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
 * Runs autocannon with `connections` for `seconds`, each request built by `next()`, and keeps every response
 * time from its `response` events: autocannon's summary has no p95, which docs/architecture.md#figures asks
 * for.
 */
export const load = async (
  base: string,
  token: string,
  next: () => { readonly method: 'GET' | 'POST'; readonly path: string; readonly body?: unknown },
  { connections = 32, seconds = 10 } = {},
): Promise<LoadResult> => {
  const latencies: number[] = []
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
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime)
  })
  const result = await instance
  latencies.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 100) / 100
  return {
    requests: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? 0),
    requestsPerSecond: Math.round(result['2xx'] / seconds),
  }
}

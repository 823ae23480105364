import { describe, expect, it } from 'vitest'
import { testTandem } from './testing/test-deps.ts'

interface ErrorBody {
  readonly error: { readonly code: string; readonly message: { readonly nl: string; readonly en: string } }
}

const build = async () => {
  const tandem = await testTandem()
  return { app: tandem.app, log: tandem.log }
}

describe('the HTTP edge', () => {
  it('answers /health with ok', async () => {
    const response = await (await build()).app.request('/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('sends a strict content security policy without unsafe-inline', async () => {
    const response = await (await build()).app.request('/health')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })

  it('answers an unknown path with the error shape and 404', async () => {
    const response = await (await build()).app.request('/api/nothing-here')
    expect(response.status).toBe(404)
    const body = (await response.json()) as ErrorBody
    expect(body.error.code).toBe('NotFound')
    expect(body.error.message.nl).toBeTruthy()
    expect(body.error.message.en).toBeTruthy()
  })

  it('refuses a body over 64 KB with 413', async () => {
    const response = await (await build()).app.request('/api/commands', {
      method: 'POST',
      body: 'x'.repeat(65 * 1024),
      headers: { 'content-type': 'application/json' },
    })
    expect(response.status).toBe(413)
    expect(((await response.json()) as ErrorBody).error.code).toBe('PayloadTooLarge')
  })

  it('counts requests by route pattern in /metrics', async () => {
    const { app } = await build()
    await app.request('/health')
    const text = await (await app.request('/metrics')).text()
    expect(text).toContain('tandem_http_requests_total{method="GET",route="/health",status="200"} 1')
    expect(text).toContain(
      'tandem_http_request_duration_seconds_bucket{method="GET",route="/health",le="+Inf"} 1',
    )
  })

  it('logs the route pattern, never the raw path', async () => {
    const { app, log } = await build()
    await app.request('/api/teams/WT-2026-014/balance')
    expect(log.lines.join('')).not.toContain('WT-2026-014')
    expect(log.lines.join('')).toContain('"route":"/api/teams/:teamId/balance"')
  })
})

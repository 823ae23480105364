import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { memoryLogger } from '../log/logger.ts'
import { errorHandler } from './error-handler.ts'

/** A route that fails the way a bug would, with a case reference and a name in the error's message. */
const failing = () => {
  const log = memoryLogger()
  const app = new Hono()
    .get('/api/teams/:teamId/cases/:caseId', () => {
      throw new TypeError('cannot read weight of case 2026-084 (Jansen)')
    })
    .onError(errorHandler(log))
  return { app, log }
}

describe('an unexpected error', () => {
  it('answers 500 with the error shape in both languages', async () => {
    const response = await failing().app.request('/api/teams/noord/cases/2026-084')
    expect(response.status).toBe(500)
    const body = (await response.json()) as { error: { code: string; message: { nl: string; en: string } } }
    expect(body.error.code).toBe('Internal')
    expect(body.error.message.nl).toBeTruthy()
  })

  it('is logged with the route pattern and its kind, never the raw path or the message', async () => {
    const { app, log } = failing()
    await app.request('/api/teams/noord/cases/2026-084')
    const logged = log.lines.join('')
    expect(logged).toContain('"route":"/api/teams/:teamId/cases/:caseId"')
    expect(logged).toContain('"kind":"TypeError"')
    expect(logged).not.toContain('2026-084')
    expect(logged).not.toContain('Jansen')
  })
})

import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { DatabaseUnavailable } from '../event-store/errors.ts'
import { memoryLogger } from '../log/logger.ts'
import { errorHandler } from './error-handler.ts'

const failingWith = (error: unknown) => {
  const log = memoryLogger()
  const app = new Hono()
    .get('/api/teams/:teamId/agenda', () => {
      throw error
    })
    .onError(errorHandler(log))
  return { app, log }
}

const unreachable = new DatabaseUnavailable({
  condition: 'unreachable',
  code: 'ECONNREFUSED',
  retryAfterMs: 2300,
})

describe('a request the database could not serve', () => {
  it('answers 503 with Retry-After in whole seconds, rounded up', async () => {
    const response = await failingWith(unreachable).app.request('/api/teams/noord/agenda')
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('3')
  })

  it('names the condition in Dutch and English and says a retry with the same commandId is safe', async () => {
    const response = await failingWith(unreachable).app.request('/api/teams/noord/agenda')
    const body = (await response.json()) as { error: { code: string; message: { nl: string; en: string } } }
    expect(body.error.code).toBe('DatabaseUnavailable')
    expect(body.error.message.nl).toContain('niet bereikbaar')
    expect(body.error.message.en).toContain('same commandId is recorded at most once')
  })

  it('is found when another error carries it as its cause', async () => {
    const wrapped = new Error('migration failed', { cause: unreachable })
    expect((await failingWith(wrapped).app.request('/api/teams/noord/agenda')).status).toBe(503)
  })

  it('is not logged as an unhandled error: the fault was logged where it was found', async () => {
    const { app, log } = failingWith(unreachable)
    await app.request('/api/teams/noord/agenda')
    expect(log.lines.join('')).not.toContain('unhandled error')
  })
})

import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { Failure } from '../failures/failure.ts'
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

describe('a failure a route throws', () => {
  const app = (failure: Failure) =>
    new Hono()
      .post('/api/commands', () => {
        throw failure
      })
      .onError(errorHandler(memoryLogger()))

  it('is answered with the status of its kind and the error body', async () => {
    const refused = new Failure(
      'Rejected',
      'RegistrationRequired',
      { nl: 'Registratie nodig.', en: 'Registration required.' },
      [{ path: '/professionalId', message: 'Registration required.' }],
      0,
      'R1',
    )
    const response = await app(refused).request('/api/commands', { method: 'POST' })
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      error: {
        code: 'RegistrationRequired',
        message: { nl: 'Registratie nodig.', en: 'Registration required.' },
        issues: [{ path: '/professionalId', message: 'Registration required.' }],
        rule: 'R1',
        index: 0,
      },
    })
  })

  it('is a 403 when the role may not give the command, whatever the code', async () => {
    const response = await app(new Failure('Forbidden', 'NotAllowedForRole', { nl: 'x', en: 'y' })).request(
      '/api/commands',
      { method: 'POST' },
    )
    expect(response.status).toBe(403)
  })
})

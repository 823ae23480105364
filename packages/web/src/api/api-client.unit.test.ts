import { describe, expect, it } from 'vitest'
import { en } from '../i18n/messages-en.ts'
import { nl } from '../i18n/messages-nl.ts'
import { ApiClient } from './api-client.ts'
import { ApiProblem, describeProblem } from './api-problem.ts'

const reply = (status: number, body: unknown) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })

describe('ApiClient', () => {
  it('sends the CSRF token it got from /api/auth/session on every write', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = []
    const api = new ApiClient('', async (url, init) => {
      seen.push({ url: String(url), init })
      return String(url).endsWith('/api/auth/session')
        ? reply(200, { account: { id: 'a', role: 'coach', teamIds: ['t1'] }, csrfToken: 'tok' })
        : reply(201, { events: [], position: 7 })
    })
    await api.me()
    await api.command({ type: 'OpenMeeting', teamId: 't1', meetingId: 'm', present: [] })
    const headers = seen[1]?.init?.headers as Record<string, string>
    expect(headers['x-csrf-token']).toBe('tok')
  })

  it('turns a 422 into an ApiProblem with the server’s Dutch and English message and fields', async () => {
    const api = new ApiClient('', async () =>
      reply(422, {
        error: {
          code: 'RegistrationRequired',
          message: { nl: 'Registratie nodig.', en: 'Registration needed.' },
          issues: [{ path: '/professionalId', message: 'not registered' }],
        },
      }),
    )
    const problem = await api.command({ type: 'AssignRegie' }).catch((e: unknown) => e)
    expect(problem).toBeInstanceOf(ApiProblem)
    expect((problem as ApiProblem).code).toBe('RegistrationRequired')
    expect(describeProblem(problem, 'nl', nl).message).toBe('Registratie nodig.')
    expect(describeProblem(problem, 'en', en).fix).toContain('registered regisseur')
  })

  it('reports an unreachable server in the user’s language', async () => {
    const api = new ApiClient('', async () => {
      throw new TypeError('fetch failed')
    })
    const problem = await api.get('/api/teams/t1/balance').catch((e: unknown) => e)
    expect(describeProblem(problem, 'nl', nl).message).toBe(nl.networkError)
  })

  it('treats "no account" from /api/auth/session as logged out', async () => {
    const api = new ApiClient('', async () => reply(200, { account: null }))
    expect(await api.me()).toBeNull()
  })

  it('treats a missing session as logged out rather than as an error', async () => {
    const api = new ApiClient('', async () => reply(401, { error: { code: 'Unauthenticated' } }))
    expect(await api.me()).toBeNull()
  })

  it('leaves asOf out of the query when looking at now', () => {
    expect(new ApiClient().url('/api/teams/t/balance', { asOf: undefined, limit: 10 })).toBe(
      '/api/teams/t/balance?limit=10',
    )
  })
})

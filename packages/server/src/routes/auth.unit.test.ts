import { describe, expect, it } from 'vitest'
import { insertAccount } from '../accounts/account-store.ts'
import { hashPassword } from '../accounts/password.ts'
import { issueSetupToken } from '../accounts/setup-token.ts'
import { testTandem } from '../testing/test-deps.ts'

interface Body {
  readonly csrfToken?: string
  readonly token?: string
  readonly account?: { readonly id: string; readonly role: string; readonly teamIds: readonly string[] }
  readonly accounts?: readonly { readonly username: string }[]
  readonly error?: { readonly code: string; readonly issues: readonly { readonly path: string }[] }
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
})

const setup = async (adminToken?: string) => {
  const deps = await testTandem({ adminToken })
  await insertAccount(deps.db, {
    id: 'acc-coach',
    username: 'Coach',
    displayName: 'Team coach',
    role: 'coach',
    passwordHash: await hashPassword('correct horse battery'),
    professionalId: undefined,
    teamIds: ['team-noord'],
    createdAt: '2026-01-01T00:00:00Z',
  })
  return { app: deps.app, deps }
}

const login = async (app: Awaited<ReturnType<typeof setup>>['app']) => {
  const response = await app.request(
    '/api/auth/login',
    json({ username: 'coach', password: 'correct horse battery' }),
  )
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!
  return { response, cookie, body: (await response.json()) as Body }
}

describe('logging in', () => {
  it('sets an HttpOnly SameSite=Strict session cookie and returns a CSRF token', async () => {
    const { app } = await setup()
    const { response, body } = await login(app)
    expect(response.status).toBe(200)
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/)
    expect(response.headers.get('set-cookie')).toMatch(/SameSite=Strict/)
    expect(body.csrfToken).toBeTruthy()
    expect(body.account?.teamIds).toEqual(['team-noord'])
  })

  it('says who is logged in on /api/auth/me', async () => {
    const { app } = await setup()
    const { cookie } = await login(app)
    const me = (await (await app.request('/api/auth/me', { headers: { cookie } })).json()) as Body
    expect(me.account?.role).toBe('coach')
  })

  it('answers /api/auth/session with no account, not a 401, before anyone logs in', async () => {
    const { app } = await setup()
    const response = await app.request('/api/auth/session')
    expect(response.status).toBe(200)
    expect(((await response.json()) as Body).account).toBeNull()
  })

  it('answers /api/auth/session with the account and CSRF token once logged in', async () => {
    const { app } = await setup()
    const { cookie } = await login(app)
    const session = (await (await app.request('/api/auth/session', { headers: { cookie } })).json()) as Body
    expect(session.account?.role).toBe('coach')
    expect(session.csrfToken).toBeTruthy()
  })

  it('refuses a wrong password with 401 InvalidLogin', async () => {
    const { app } = await setup()
    const response = await app.request(
      '/api/auth/login',
      json({ username: 'coach', password: 'wrong password!' }),
    )
    expect(response.status).toBe(401)
    expect(((await response.json()) as Body).error?.code).toBe('InvalidLogin')
  })

  it('rate limits repeated failures for one name with 429', async () => {
    const { app } = await setup()
    for (let i = 0; i < 10; i++)
      await app.request('/api/auth/login', json({ username: 'coach', password: `guess number ${i}` }))
    const response = await app.request(
      '/api/auth/login',
      json({ username: 'coach', password: 'correct horse battery' }),
    )
    expect(response.status).toBe(429)
  })

  it('refuses a form-encoded login (no JSON, no CSRF by form)', async () => {
    const { app } = await setup()
    const response = await app.request('/api/auth/login', {
      method: 'POST',
      body: 'username=coach&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(415)
  })

  it('requires the CSRF header for a cookie-authenticated write', async () => {
    const { app } = await setup()
    const { cookie, body } = await login(app)
    const without = await app.request('/api/auth/tokens', json({ label: 'script' }, { cookie }))
    expect(without.status).toBe(403)
    expect(((await without.json()) as Body).error?.code).toBe('CsrfTokenMissing')
    const withToken = await app.request(
      '/api/auth/tokens',
      json({ label: 'script' }, { cookie, 'x-csrf-token': body.csrfToken! }),
    )
    expect(withToken.status).toBe(201)
  })

  it('accepts a personal bearer token for scripts', async () => {
    const { app } = await setup()
    const { cookie, body } = await login(app)
    const created = (await (
      await app.request(
        '/api/auth/tokens',
        json({ label: 'script' }, { cookie, 'x-csrf-token': body.csrfToken! }),
      )
    ).json()) as Body
    const me = await app.request('/api/auth/me', { headers: { authorization: `Bearer ${created.token}` } })
    expect(me.status).toBe(200)
  })

  it('ends the session on logout', async () => {
    const { app } = await setup()
    const { cookie, body } = await login(app)
    await app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': body.csrfToken! },
    })
    expect((await app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401)
  })
})

describe('the admin', () => {
  it('is the operator behind TANDEM_ADMIN_TOKEN and can create accounts', async () => {
    const { app } = await setup('operator-secret-0123456789')
    const authorization = 'Bearer operator-secret-0123456789'
    const created = await app.request(
      '/api/accounts',
      json(
        {
          username: 'pro1',
          displayName: 'Pro',
          role: 'professional',
          password: 'long enough pw',
          teamIds: ['t1'],
        },
        { authorization },
      ),
    )
    expect(created.status).toBe(201)
    const list = (await (await app.request('/api/accounts', { headers: { authorization } })).json()) as Body
    expect(list.accounts?.map((a) => a.username)).toEqual(['coach', 'pro1'])
  })

  it('changes a member’s teams and erases an account with its tokens', async () => {
    const { app } = await setup('operator-secret-0123456789')
    const authorization = 'Bearer operator-secret-0123456789'
    const created = (await (
      await app.request(
        '/api/accounts',
        json(
          { username: 'pro2', displayName: 'Pro', role: 'professional', password: 'long enough pw' },
          { authorization },
        ),
      )
    ).json()) as Body
    const id = created.account!.id
    const patched = await app.request(`/api/accounts/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ teamIds: ['zuid', 'noord'] }),
      headers: { authorization, 'content-type': 'application/json' },
    })
    expect(((await patched.json()) as Body).account?.teamIds).toEqual(['noord', 'zuid'])
    const token = (
      (await (
        await app.request(`/api/accounts/${id}/tokens`, json({ label: 's' }, { authorization }))
      ).json()) as Body
    ).token
    expect(
      (await app.request('/api/auth/me', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200)
    expect(
      (await app.request(`/api/accounts/${id}`, { method: 'DELETE', headers: { authorization } })).status,
    ).toBe(204)
    expect((await app.request(`/api/accounts/${id}`, { headers: { authorization } })).status).toBe(404)
    expect(
      (await app.request('/api/auth/me', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(401)
  })

  it('lists every failing field of a bad account body', async () => {
    const { app } = await setup('operator-secret-0123456789')
    const response = await app.request(
      '/api/accounts',
      json(
        { username: '!', role: 'king', password: 'short' },
        { authorization: 'Bearer operator-secret-0123456789' },
      ),
    )
    expect(response.status).toBe(400)
    const paths = ((await response.json()) as Body).error?.issues.map((issue) => issue.path)
    expect(paths).toEqual(expect.arrayContaining(['/username', '/displayName', '/role', '/password']))
  })

  it('refuses account management to a coach', async () => {
    const { app } = await setup()
    const { cookie } = await login(app)
    expect((await app.request('/api/accounts', { headers: { cookie } })).status).toBe(403)
  })

  it('refuses an unknown bearer token with 401', async () => {
    const { app } = await setup()
    expect((await app.request('/api/accounts', { headers: { authorization: 'Bearer nope' } })).status).toBe(
      401,
    )
  })

  it('is created once through the setup link', async () => {
    const { app, deps } = await setup()
    const token = await issueSetupToken(deps.db, deps.clock())
    const body = { token, username: 'admin', displayName: 'Beheer', password: 'a long admin password' }
    expect((await app.request('/api/setup', json(body))).status).toBe(201)
    expect((await app.request('/api/setup', json({ ...body, username: 'admin2' }))).status).toBe(403)
  })
})

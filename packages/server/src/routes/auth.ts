import { randomUUID } from 'node:crypto'
import type { Context } from 'hono'
import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { LoginBody, SetupBody, TokenBody } from '../accounts/account-schemas.ts'
import { countAdmins, findAccount, findLogin, insertAccount } from '../accounts/account-store.ts'
import { createApiToken, createSession, deleteSession, SESSION_HOURS } from '../accounts/credentials.ts'
import type { LoginLimiter } from '../accounts/login-limiter.ts'
import { hashPassword, verifyPassword } from '../accounts/password.ts'
import { OPERATOR_ACCOUNT_ID } from '../accounts/principal.ts'
import type { PrincipalCache } from '../accounts/principal-cache.ts'
import { consumeSetupToken } from '../accounts/setup-token.ts'
import type { ServerDb } from '../db/open-server-database.ts'
import { Failure } from '../failures/failure.ts'
import { failures } from '../failures/failures.ts'
import type { AppEnv } from '../http/app-env.ts'
import { clientAddress } from '../http/client-address.ts'
import { decodeBody } from '../http/decode-body.ts'
import { readJsonObject } from '../http/read-json.ts'
import { requirePrincipal, SESSION_COOKIE } from '../middleware/authenticate.ts'

export interface AuthRouteDeps {
  readonly db: ServerDb
  readonly clock: () => Date
  readonly limiter: LoginLimiter
  readonly principals: PrincipalCache
}

const invalidLogin = () =>
  new Failure('Unauthenticated', 'InvalidLogin', {
    nl: 'Gebruikersnaam of wachtwoord klopt niet.',
    en: 'User name or password is wrong.',
  })

/** A well-formed hash of a random password, so unknown names cost as much time as known ones. */
const DUMMY_HASH = hashPassword(randomUUID())

const startSession = async (c: Context, deps: AuthRouteDeps, accountId: string) => {
  const session = await createSession(deps.db, accountId, deps.clock())
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    // Browsers treat http://localhost as secure, but plain-http deployments behind no proxy would
    // lose the cookie, so Secure follows the scheme the client used.
    secure: new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https',
    maxAge: SESSION_HOURS * 3600,
  })
  return { account: await findAccount(deps.db, accountId), csrfToken: session.csrfToken }
}

/** Login, logout, who-am-I, personal bearer tokens and the one-time first-admin setup. */
export const authRoutes = (deps: AuthRouteDeps) =>
  new Hono<AppEnv>()
    .post('/api/auth/login', async (c) => {
      const { username, password } = decodeBody(LoginBody, await readJsonObject(c))
      const address = clientAddress(c)
      if (!deps.limiter.allows(username, address, deps.clock())) throw failures.tooManyAttempts()
      const login = await findLogin(deps.db, username)
      const ok = await verifyPassword(password, login?.password_hash ?? (await DUMMY_HASH))
      if (!login || !ok) {
        deps.limiter.recordFailure(username, address, deps.clock())
        throw invalidLogin()
      }
      deps.limiter.recordSuccess(username)
      return c.json(await startSession(c, deps, login.id))
    })
    .post('/api/auth/logout', async (c) => {
      const token = getCookie(c, SESSION_COOKIE)
      if (token) {
        await deleteSession(deps.db, token)
        deps.principals.forget(`session:${token}`)
      }
      deleteCookie(c, SESSION_COOKIE, { path: '/' })
      return c.body(null, 204)
    })
    // A browser asks this at start, before it knows whether it is logged in: no session is an
    // answer here, not an error, so the login screen opens without a 401 in the console.
    .get('/api/auth/session', async (c) => {
      const principal = c.get('principal')
      if (!principal) return c.json({ account: null })
      if (principal.accountId === OPERATOR_ACCOUNT_ID)
        return c.json({ account: { id: OPERATOR_ACCOUNT_ID, role: 'admin', teamIds: [] } })
      return c.json({
        account: await findAccount(deps.db, principal.accountId),
        csrfToken: principal.csrfToken,
      })
    })
    .get('/api/auth/me', async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      if (principal.accountId === OPERATOR_ACCOUNT_ID)
        return c.json({ account: { id: OPERATOR_ACCOUNT_ID, role: 'admin', teamIds: [] } })
      return c.json({
        account: await findAccount(deps.db, principal.accountId),
        csrfToken: principal.csrfToken,
      })
    })
    .post('/api/auth/tokens', async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      const { label } = decodeBody(TokenBody, await readJsonObject(c))
      if (principal.accountId === OPERATOR_ACCOUNT_ID) throw failures.forbidden()
      return c.json({ token: await createApiToken(deps.db, principal.accountId, label, deps.clock()) }, 201)
    })
    .post('/api/setup', async (c) => {
      const body = decodeBody(SetupBody, await readJsonObject(c))
      // Checked before and (through the token) after: a link printed before an admin existed must
      // not create a second one later.
      if ((await countAdmins(deps.db)) > 0 || !(await consumeSetupToken(deps.db, body.token)))
        throw new Failure('Forbidden', 'SetupClosed', {
          nl: 'Deze setup-link is al gebruikt of verlopen.',
          en: 'This setup link was already used or has expired.',
        })
      const id = randomUUID()
      await insertAccount(deps.db, {
        id,
        username: body.username,
        displayName: body.displayName,
        role: 'admin',
        passwordHash: await hashPassword(body.password),
        professionalId: undefined,
        teamIds: [],
        createdAt: deps.clock().toISOString(),
      })
      return c.json(await startSession(c, deps, id), 201)
    })

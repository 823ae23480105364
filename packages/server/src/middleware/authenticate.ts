import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { principalForApiToken, principalForSession } from '../accounts/credentials.ts'
import { OPERATOR_ACCOUNT_ID, type Principal } from '../accounts/principal.ts'
import type { PrincipalCache } from '../accounts/principal-cache.ts'
import { sameSecret } from '../accounts/secrets.ts'
import type { ServerDb } from '../db/open-server-database.ts'
import { failures } from '../failures/failures.ts'
import type { AppEnv } from '../http/app-env.ts'

export const SESSION_COOKIE = 'tandem_session'

export interface AuthenticateOptions {
  readonly db: ServerDb
  readonly clock: () => Date
  /** TANDEM_ADMIN_TOKEN, accepted as an admin bearer token when set */
  readonly adminToken: string | undefined
  readonly principals: PrincipalCache
}

const operator: Principal = {
  accountId: OPERATOR_ACCOUNT_ID,
  role: 'admin',
  teamIds: [],
  professionalId: undefined,
  via: 'bearer',
  csrfToken: undefined,
}

/**
 * Resolves the caller from a bearer token (scripts, the operator's admin token) or the session
 * cookie (browsers) and sets `principal`. A bearer token that matches nothing is a 401 right away,
 * so a script with a revoked token fails loudly instead of acting anonymously.
 */
export const authenticate = (options: AuthenticateOptions): MiddlewareHandler<AppEnv> => {
  const cached = async (key: string, resolve: () => Promise<Principal | undefined>) => {
    const now = Date.now()
    const hit = options.principals.get(key, now)
    if (hit) return hit
    const principal = await resolve()
    if (principal) options.principals.set(key, principal, now)
    return principal
  }
  return async function authenticate(c, next) {
    const header = c.req.header('authorization')
    if (header !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1]
      if (!token) throw failures.unauthenticated()
      const principal =
        options.adminToken !== undefined && sameSecret(token, options.adminToken)
          ? operator
          : await cached(`bearer:${token}`, () => principalForApiToken(options.db, token))
      if (!principal) throw failures.unauthenticated()
      c.set('principal', principal)
      return next()
    }
    const session = getCookie(c, SESSION_COOKIE)
    c.set(
      'principal',
      session
        ? await cached(`session:${session}`, () => principalForSession(options.db, session, options.clock()))
        : undefined,
    )
    return next()
  }
}

/** The authenticated caller, or a 401. */
export const requirePrincipal = (principal: Principal | undefined): Principal => {
  if (!principal) throw failures.unauthenticated()
  return principal
}

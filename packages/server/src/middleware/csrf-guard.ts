import type { MiddlewareHandler } from 'hono'
import { sameSecret } from '../accounts/secrets.ts'
import { failures } from '../failures/failures.ts'
import type { AppEnv } from '../http/app-env.ts'

export const CSRF_HEADER = 'x-csrf-token'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A cookie-authenticated request that changes something must echo the session's CSRF token in a
 * header (the token comes with login and `/api/auth/me`). Another site can make the browser send
 * the cookie, but it cannot read the token. Bearer requests carry no ambient credential, so they
 * need none. Runs after `authenticate`.
 */
export const csrfGuard = (): MiddlewareHandler<AppEnv> =>
  async function csrfGuard(c, next) {
    const principal = c.get('principal')
    if (principal?.via === 'session' && !SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER)
      if (!sent || !principal.csrfToken || !sameSecret(sent, principal.csrfToken)) throw failures.csrf()
    }
    return next()
  }

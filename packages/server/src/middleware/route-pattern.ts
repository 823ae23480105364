import type { Context } from 'hono'
import { routePath } from 'hono/route'

/**
 * The pattern of the route that answered (`/api/teams/:teamId/balance`, or a middleware's `/api/*`
 * when nothing else did), never the raw path, which may carry identifiers. Read after `next()`, the
 * current route index is the handler that produced the response. Patterns are fixed strings in the
 * code, so metric labels stay bounded.
 */
export const routePattern = (c: Context): string => routePath(c) || 'unmatched'

import type { Context } from 'hono'
import { routePath } from 'hono/route'

/**
 * The pattern of the last route that handled the request (`/api/teams/:teamId/balance`, or a
 * middleware's `/api/*` when nothing else matched), never the raw path, which may carry identifiers.
 * Patterns are fixed strings in the code, so metric labels stay bounded.
 */
export const routePattern = (c: Context): string => routePath(c, -1) || 'unmatched'

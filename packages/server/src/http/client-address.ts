import type { Context } from 'hono'

/**
 * The peer address from @hono/node-server's `incoming` socket, for rate limiting only (never
 * logged). In-process test requests have none and share one bucket.
 */
export const clientAddress = (c: Context): string => {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? 'local'
}

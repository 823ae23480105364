import type { MiddlewareHandler } from 'hono'
import { bodyLimit as honoBodyLimit } from 'hono/body-limit'
import { failures } from '../failures/failures.ts'

/** 64 KB is ample for any command; a larger body is refused before it is read into memory. */
export const MAX_BODY_BYTES = 64 * 1024

/**
 * Refuses a body over `maxSize` with a 413. GET and HEAD carry none, and a declared length is
 * checked from the header alone (the HTTP parser then delivers no more than it declared), as Hono's
 * middleware does; only a chunked body goes through Hono's, which counts it while buffering it. Hono's
 * first asks for `c.req.raw.body`, which makes @hono/node-server build a whole fetch `Request`
 * (stream, abort signal, headers) for every API request: about a tenth of the server's CPU under load.
 */
export const bodyLimit = (maxSize: number = MAX_BODY_BYTES): MiddlewareHandler => {
  const counted = honoBodyLimit({
    maxSize,
    onError: () => {
      throw failures.tooLarge()
    },
  })
  return async function bodyLimit(c, next) {
    const method = c.req.method
    if (method === 'GET' || method === 'HEAD') return next()
    const length = c.req.header('content-length')
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return counted(c, next)
    if (Number.parseInt(length || '0', 10) > maxSize) throw failures.tooLarge()
    return next()
  }
}

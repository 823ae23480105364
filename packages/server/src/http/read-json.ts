import type { IncomingMessage } from 'node:http'
import type { Context } from 'hono'
import { failures } from '../failures/failures.ts'

/** Decodes like the fetch `Request.text()` does: UTF-8, a leading BOM dropped, bad bytes replaced. */
const utf8 = new TextDecoder()

/**
 * The body straight from Node's request, when the server runs on @hono/node-server and the body has
 * a declared length (so `bodyLimit` checked it and left the request as it was): `c.req.text()` would
 * first build a fetch `Request` around a web stream of it, which costs more than the command itself.
 */
const nodeBody = (c: Context): IncomingMessage | undefined => {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming
  if (!incoming || incoming.readableDidRead || incoming.readableEnded) return undefined
  if (incoming.headers['content-length'] === undefined || incoming.headers['transfer-encoding'])
    return undefined
  return incoming
}

const readAll = (incoming: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.once('end', () => resolve(utf8.decode(Buffer.concat(chunks))))
    incoming.once('error', reject)
    incoming.once('close', () => {
      if (!incoming.complete) reject(new Error('the request body was cut off'))
    })
  })

/**
 * Parses the request body as a JSON object; anything else (array, text, broken JSON) is a 400. The
 * content type must be JSON: a cross-site HTML form cannot send that without a CORS preflight, which
 * closes form-based CSRF even on routes that need no session (login, setup).
 */
export const readJsonObject = async (c: Context): Promise<Record<string, unknown>> => {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) throw failures.notJson()
  let body: unknown
  try {
    const incoming = nodeBody(c)
    body = JSON.parse(incoming ? await readAll(incoming) : await c.req.text())
  } catch {
    throw failures.invalidJson()
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw failures.invalidInput([{ path: '/', message: 'Expected a JSON object' }])
  return body as Record<string, unknown>
}

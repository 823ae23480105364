import type { Context } from 'hono'
import { httpErrors } from './api-error.ts'

/**
 * Parses the request body as a JSON object; anything else (array, text, broken JSON) is a 400. The
 * content type must be JSON: a cross-site HTML form cannot send that without a CORS preflight, which
 * closes form-based CSRF even on routes that need no session (login, setup).
 */
export const readJsonObject = async (c: Context): Promise<Record<string, unknown>> => {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) throw httpErrors.notJson()
  let body: unknown
  try {
    body = JSON.parse(await c.req.text())
  } catch {
    throw httpErrors.invalidJson()
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw httpErrors.invalidInput([{ path: '/', message: 'Expected a JSON object' }])
  return body as Record<string, unknown>
}

import type { Context } from 'hono'
import { httpErrors } from './api-error.ts'

/** Parses the request body as a JSON object; anything else (array, text, broken JSON) is a 400. */
export const readJsonObject = async (c: Context): Promise<Record<string, unknown>> => {
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

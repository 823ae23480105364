import { Hono } from 'hono'
import { openApiDocument } from '../openapi/openapi-document.ts'

/** `GET /api/openapi.json`: public, like any API's published contract. */
export const openApiRoutes = () => {
  const document = openApiDocument()
  return new Hono().get('/api/openapi.json', (c) => c.json(document))
}

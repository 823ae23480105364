import { describe, expect, it } from 'vitest'
import { testTandem } from '../testing/test-deps.ts'
import { openApiDocument } from './openapi-document.ts'

describe('the OpenAPI document', () => {
  it('documents every route the app serves, with its method', async () => {
    const tandem = await testTandem()
    const paths = openApiDocument().paths as Record<string, Record<string, unknown>>
    const served = tandem.app.routes
      .filter((route) => route.method !== 'ALL' && !route.path.includes('*'))
      .map((route) => `${route.method.toLowerCase()} ${route.path.replaceAll(/:(\w+)/g, '{$1}')}`)
    const missing = served.filter((entry) => {
      const [method, path] = entry.split(' ') as [string, string]
      return paths[path]?.[method] === undefined
    })
    expect(missing).toEqual([])
    await tandem.close()
  })
})

import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryLogger } from '../log/logger.ts'
import { bodyLimit } from '../middleware/body-limit.ts'
import { errorHandler } from './error-handler.ts'
import { readJsonObject } from './read-json.ts'

// Over real HTTP: on @hono/node-server the body is read from Node's request, not through a fetch Request.
const app = new Hono()
app.use('*', bodyLimit())
app.post('/echo', async (c) => c.json(await readJsonObject(c)))
app.onError(errorHandler(memoryLogger()))

let server: ReturnType<typeof serve>
let port = 0

beforeAll(async () => {
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => server.once('listening', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** POSTs `chunks` with a content-length, or chunked when `chunked`; returns status and body text. */
const post = (chunks: readonly (string | Buffer)[], chunked = false) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const body = Buffer.concat(chunks.map((chunk) => Buffer.from(chunk)))
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (!chunked) headers['content-length'] = String(body.length)
    const req = httpRequest({ host: '127.0.0.1', port, path: '/echo', method: 'POST', headers }, (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8')
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', reject)
    for (const chunk of chunks) req.write(chunk)
    req.end()
  })

describe('a JSON body over HTTP', () => {
  it('is read whole, in pieces, with a BOM or multi-byte text', async () => {
    const reply = await post(['\uFEFF{"name":', '"Zoë ', 'Çelik"}'])
    expect(reply).toEqual({ status: 200, text: '{"name":"Zoë Çelik"}' })
  })

  it('is read when sent chunked', async () => {
    expect(await post(['{"a":', '1}'], true)).toEqual({ status: 200, text: '{"a":1}' })
  })

  it('is refused with 413 over 64 KB, declared or chunked', async () => {
    const big = `{"x":"${'y'.repeat(65 * 1024)}"}`
    expect((await post([big])).status).toBe(413)
    expect((await post([big.slice(0, 40_000), big.slice(40_000)], true)).status).toBe(413)
  })

  it('is a 400 when broken or not an object', async () => {
    expect((await post(['{"a":'])).status).toBe(400)
    expect((await post(['[1,2]'])).status).toBe(400)
  })
})

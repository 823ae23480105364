import { afterAll, expect, it } from 'vitest'
import { freePort } from '../support/free-port.ts'
import { type PrivateCluster, startPrivateCluster } from '../support/private-postgres.ts'
import {
  OPERATOR_TOKEN,
  type ServerProcess,
  startExpectingExit,
  startServerProcess,
} from '../support/server-process.ts'

let cluster: PrivateCluster | undefined
let server: ServerProcess | undefined
afterAll(async () => {
  await server?.stop()
  await cluster?.remove()
})

it('waits for a PostgreSQL that is not up yet, answering /ready and requests 503 meanwhile, then serves', async () => {
  const port = await freePort()
  server = await startServerProcess(`postgres://postgres@127.0.0.1:${port}/postgres`, { waitFor: '/health' })
  const ready = await fetch(`${server.base}/ready`)
  expect(ready.status).toBe(503)
  expect(await ready.json()).toMatchObject({ checks: { database: { ok: false }, migrations: { ok: false } } })
  const request = await fetch(`${server.base}/api/openapi.json`)
  expect(request.status).toBe(503)
  expect(Number(request.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)

  cluster = await startPrivateCluster({ port })
  await expect
    .poll(async () => (await fetch(`${server!.base}/ready`)).status, { timeout: 30_000, interval: 200 })
    .toBe(200)
  const founded = await fetch(`${server.base}/api/commands`, {
    method: 'POST',
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'FoundTeam', teamId: 'noord', name: 'Noord' }),
  })
  expect(founded.status).toBe(201)
}, 60_000)

it('ends with one line naming a database that does not exist, not a stack trace', async () => {
  const url = cluster!.url.replace(/\/postgres$/, '/no_such_database')
  const { code, stderr } = await startExpectingExit(url)
  expect(code).toBe(1)
  expect(stderr.trim().split('\n')).toEqual([
    expect.stringMatching(
      /^Tandem cannot start on PostgreSQL \(3D000\): database "no_such_database" does not exist\. Create it/,
    ),
  ])
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiClient, type ApiServer, startApiServer } from './support/api-server.ts'
import {
  addProfessional,
  assessCase,
  assignRegie,
  foundTeam,
  recordRegistration,
  registerCase,
} from './support/commands.ts'
import { pgSchema } from './support/pg-schema.ts'
import { openSse } from './support/sse.ts'

const database = pgSchema()
let first: ApiServer
let second: ApiServer
let onFirst: ApiClient
let onSecond: ApiClient

beforeAll(async () => {
  const options = { databaseUrl: database.url, schema: database.schema }
  first = await startApiServer(options)
  second = await startApiServer(options)
  onFirst = await first.as('coach', ['noord'])
  // Accounts live in the shared database too: an account made through one instance works on the other.
  onSecond = await second.as('professional', ['noord'], 'p1')
  await first.admin.command(foundTeam('noord'))
  await onFirst.command(addProfessional('noord', 'p1'))
  await onFirst.command(recordRegistration('noord', 'p1'))
})

afterAll(async () => {
  await first?.close()
  await second?.close()
  await database.drop()
})

const eventually = async (check: () => Promise<boolean>, withinMs: number) => {
  const deadline = Date.now() + withinMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return check()
}

describe('two server instances on one PostgreSQL database', () => {
  it('show a case recorded through one in the projections of the other within a second', async () => {
    const reply = await onFirst.command(registerCase('noord', 'c1'))
    expect(reply.status).toBe(201)
    const started = Date.now()
    const seen = await eventually(async () => {
      const response = await onSecond.get('/api/teams/noord/waiting-list')
      return response.body.data?.waiting?.some((c: { caseId: string }) => c.caseId === 'c1') ?? false
    }, 1000)
    expect(seen, `not seen after ${Date.now() - started} ms`).toBe(true)
  })

  it('push an assignment made on one to the live stream of the other within a second', async () => {
    await onFirst.command(assessCase('noord', 'c1'))
    const live = await openSse(`${second.base}/api/teams/noord/live`, onSecond.token!)
    await live.next((m) => m.event === 'ready')
    const reply = await onFirst.command(assignRegie('noord', 'c1', 'p1'))
    const appended = await live.next(
      (m) =>
        m.event === 'appended' && m.data.events.some((e: { type: string }) => e.type === 'RegieAssigned'),
      1000,
    )
    expect(appended.data.position).toBe(reply.body.position)
    live.close()
  })

  it('re-decide on the other instance after it learns of the change (no stale regie)', async () => {
    const response = await onSecond.command(assignRegie('noord', 'c1', 'p1'))
    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('CaseAlreadyHasRegisseur')
  })

  it('keep a log that verifies', async () => {
    expect((await first.tandem.store.verify()).ok).toBe(true)
  })
})

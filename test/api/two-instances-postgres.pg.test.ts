import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, type ApiServer, startApiServer } from './support/api-server.ts'
import { pgSchema } from './support/pg-schema.ts'
import { alternateCommands, CROSS_INSTANCE_BOUND_MS } from './support/two-instances.ts'

const database = pgSchema()
let first: ApiServer
let second: ApiServer

beforeAll(async () => {
  const options = { databaseUrl: database.url, schema: database.schema }
  first = await startApiServer(options)
  second = await startApiServer(options)
})

afterAll(async () => {
  await first?.close()
  await second?.close()
  await database.drop()
})

describe('two server instances on one PostgreSQL database, commands of one team alternating between them', () => {
  let outcome: Awaited<ReturnType<typeof alternateCommands>>
  beforeAll(async () => {
    // Accounts live in the shared database: a token made through one instance works on the other.
    const coach = (await first.as('coach', ['noord'])).token!
    outcome = await alternateCommands([first, second], { admin: ADMIN_TOKEN, coach }, 'noord')
  })

  it('accept every command one instance alone would accept', () => {
    expect(outcome.replies.filter((reply) => reply.status !== 201)).toEqual([])
  })

  it("show each new case in the other instance's waiting list within a second", () => {
    expect(outcome.latencies).toHaveLength(4)
    for (const latency of outcome.latencies) expect(latency).toBeLessThanOrEqual(CROSS_INSTANCE_BOUND_MS)
  })

  it('keep one log that verifies', async () => {
    expect(await second.tandem.store.verify()).toMatchObject({ ok: true })
  })
})

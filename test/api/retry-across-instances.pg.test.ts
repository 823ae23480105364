import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiServer, startApiServer } from './support/api-server.ts'
import { foundTeam, registerCase } from './support/commands.ts'
import { pgSchema } from './support/pg-schema.ts'

const database = pgSchema()
let first: ApiServer
let second: ApiServer

beforeAll(async () => {
  const options = { databaseUrl: database.url, schema: database.schema }
  first = await startApiServer(options)
  second = await startApiServer(options)
  await first.admin.command(foundTeam('noord'))
})

afterAll(async () => {
  await first?.close()
  await second?.close()
  await database.drop()
})

describe('a retried command on PostgreSQL', () => {
  it('gets the original reply from another instance, which neither decides nor appends again', async () => {
    const body = { ...registerCase('noord', 'c1'), commandId: 'retry-across-1' }
    const original = await (await first.as('coach', ['noord'])).command(body)
    expect(original.status).toBe(201)
    const head = await second.tandem.store.head()
    const retried = await (await second.as('professional', ['noord'], 'p1')).command(body)
    expect(retried.status).toBe(201)
    expect(retried.body).toEqual(original.body)
    expect(await second.tandem.store.head()).toBe(head)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiClient, type ApiServer, startApiServer } from './support/api-server.ts'
import {
  addProfessional,
  assessCase,
  assignRegie,
  foundTeam,
  record,
  recordRegistration,
  registerCase,
} from './support/commands.ts'
import { pgSchema } from './support/pg-schema.ts'

const database = pgSchema()
let server: ApiServer
let professional: ApiClient

beforeAll(async () => {
  server = await startApiServer({ databaseUrl: database.url, schema: database.schema, checkpointMs: 50 })
  professional = await server.as('professional', ['noord'], 'p1')
  await record(server.admin, foundTeam('noord'))
  // Membership and registrations are personnel work: the coach records them (the authority table).
  const coach = await server.as('coach', ['noord'])
  await record(coach, addProfessional('noord', 'p1'), recordRegistration('noord', 'p1'))
})

afterAll(async () => {
  await server?.close()
  await database.drop()
})

describe('the API on PostgreSQL', () => {
  it('records a case, its assessment and its regisseur', async () => {
    expect((await professional.command(registerCase('noord', 'c1'))).status).toBe(201)
    expect((await professional.command(assessCase('noord', 'c1'))).status).toBe(201)
    expect((await professional.command(assignRegie('noord', 'c1', 'p1'))).status).toBe(201)
    const unassigned = await professional.get('/api/teams/noord/unassigned-regie')
    expect(unassigned.body.data).toEqual([])
  })

  it('rejects a second regisseur with 422 and appends nothing', async () => {
    const head = await server.tandem.store.head()
    const response = await professional.command(assignRegie('noord', 'c1', 'p1'))
    expect(response.status).toBe(422)
    expect(await server.tandem.store.head()).toBe(head)
  })

  it('catches up from its checkpoint after a restart', async () => {
    const before = await professional.get('/api/teams/noord/balance')
    await server.tandem.runner.checkpoint()
    const again = await startApiServer({ databaseUrl: database.url, schema: database.schema })
    try {
      const client = await again.as('coach', ['noord'])
      const after = await client.get('/api/teams/noord/balance')
      expect(after.body.data).toEqual(before.body.data)
      expect(again.tandem.runner.position).toBe(await again.tandem.store.head())
    } finally {
      await again.close()
    }
  })
})

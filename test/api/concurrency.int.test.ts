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

const CLIENTS = 50

let server: ApiServer
let clients: ApiClient[]

beforeAll(async () => {
  server = await startApiServer()
  const coach = await server.as('coach', ['noord'])
  await server.admin.command(foundTeam('noord'))
  clients = []
  for (let i = 0; i < CLIENTS; i++) {
    expect((await coach.command(addProfessional('noord', `p${i}`))).status).toBe(201)
    expect((await coach.command(recordRegistration('noord', `p${i}`))).status).toBe(201)
    clients.push(await server.as('professional', ['noord'], `p${i}`))
  }
})

afterAll(async () => {
  await server?.close()
})

const race = async (caseId: string, pin: (i: number) => number | undefined) => {
  const coach = await server.as('coach', ['noord'])
  await coach.command(registerCase('noord', caseId))
  const assessed = await coach.command(assessCase('noord', caseId))
  const version: number = assessed.body.streamVersion
  const replies = await Promise.all(
    clients.map((client, i) => {
      const expectedVersion = pin(i) === undefined ? {} : { expectedVersion: version }
      return client.command({ ...assignRegie('noord', caseId, `p${i}`), ...expectedVersion })
    }),
  )
  return replies.map((reply) => reply.status)
}

describe(`${CLIENTS} professionals take regie of one case at the same moment`, () => {
  it('makes exactly one of them regisseur; the others get 422 (re-decided) or 409 (pinned version)', async () => {
    const statuses = await race('contested-1', (i) => (i % 2 === 0 ? undefined : 1))
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.every((s) => s === 201 || s === 409 || s === 422)).toBe(true)

    const assigned = []
    for await (const batch of server.tandem.store.readAll())
      for (const event of batch)
        if (event.type === 'RegieAssigned' && (event.data as { caseId: string }).caseId === 'contested-1')
          assigned.push(event)
    expect(assigned).toHaveLength(1)
    expect((await server.tandem.store.verify()).ok).toBe(true)
  })

  it('answers the pinned losers with 409 StaleExpectedVersion', async () => {
    const statuses = await race('contested-2', () => 1)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(CLIENTS - 1)
  })

  it('shows one regisseur in the projections', async () => {
    const unassigned = await clients[0]!.get('/api/teams/noord/unassigned-regie')
    expect(unassigned.body.data).toEqual([])
  })
})

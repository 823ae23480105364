import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiClient, type ApiServer, startApiServer } from './support/api-server.ts'
import { addProfessional, foundTeam, record, recordRegistration, registerCase } from './support/commands.ts'
import { openSse } from './support/sse.ts'

let server: ApiServer
let coach: ApiClient
let auditor: ApiClient

beforeAll(async () => {
  server = await startApiServer()
  coach = await server.as('coach', ['noord'])
  auditor = await server.as('auditor')
  await record(server.admin, foundTeam('noord'), foundTeam('zuid'))
  await record(coach, addProfessional('noord', 'p1'), recordRegistration('noord', 'p1'))
})

afterAll(async () => {
  await server?.close()
})

describe('the live stream of a team', () => {
  it('sends an appended event when a case is recorded', async () => {
    const live = await openSse(`${server.base}/api/teams/noord/live`, coach.token!)
    expect(live.status).toBe(200)
    expect(live.contentType).toMatch(/text\/event-stream/)
    await live.next((m) => m.event === 'ready')
    const reply = await coach.command(registerCase('noord', 'live-1'))
    const appended = await live.next((m) => m.event === 'appended')
    expect(appended.data.position).toBe(reply.body.position)
    expect(appended.data.events[0].type).toBe('CaseRegistered')
    live.close()
  })

  it('refuses the stream of another team', async () => {
    const live = await openSse(`${server.base}/api/teams/zuid/live`, coach.token!)
    expect(live.status).toBe(403)
    live.close()
  })
})

describe('the auditor', () => {
  it('exports the log as NDJSON from a position', async () => {
    const response = await fetch(`${server.base}/api/audit/export?from=2`, {
      headers: { authorization: `Bearer ${auditor.token}` },
    })
    expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/)
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines[0].position).toBe(2)
    expect(lines.at(-1).position).toBe(await server.tandem.store.head())
    expect(lines[0].hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is told in both languages that an export or timeline starts at position 1 or later', async () => {
    for (const path of ['/api/audit/export?from=0', '/api/teams/noord/timeline?from=abc']) {
      const response = await auditor.get(path)
      expect(response.status).toBe(400)
      expect(response.body.error.issues).toEqual([{ path: '/from', message: 'Expected a whole number ≥ 1' }])
      expect(response.body.error.message.nl).toContain('positie')
    }
  })

  it('verifies the hash chain', async () => {
    const response = await auditor.get('/api/audit/verify')
    expect(response.status).toBe(200)
    expect(response.body.ok).toBe(true)
  })

  it('is the only one who may export', async () => {
    expect((await coach.get('/api/audit/export')).status).toBe(403)
  })
})

describe('the OpenAPI document', () => {
  it('describes every command with its fields, from the domain schemas', async () => {
    const response = await server.anonymous.get('/api/openapi.json')
    expect(response.status).toBe(200)
    const schemas = response.body.components.schemas
    expect(schemas.AssignRegie.properties.type.enum).toEqual(['AssignRegie'])
    expect(schemas.AssignRegie.required).toEqual(
      expect.arrayContaining(['type', 'teamId', 'caseId', 'professionalId']),
    )
    expect(schemas.Command.oneOf.length).toBeGreaterThan(20)
  })
})

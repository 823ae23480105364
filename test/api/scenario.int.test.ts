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

let server: ApiServer
let coach: ApiClient
let professional: ApiClient
let auditor: ApiClient
let otherCoach: ApiClient
let positionBeforeRegie = 0

beforeAll(async () => {
  server = await startApiServer()
  coach = await server.as('coach', ['noord'])
  professional = await server.as('professional', ['noord'], 'p1')
  auditor = await server.as('auditor')
  otherCoach = await server.as('coach', ['zuid'])
  expect((await server.admin.command(foundTeam('noord'))).status).toBe(201)
  for (const id of ['p1', 'p2']) {
    expect((await coach.command(addProfessional('noord', id))).status).toBe(201)
    expect((await coach.command(recordRegistration('noord', id))).status).toBe(201)
  }
  expect((await professional.command(registerCase('noord', 'c1'))).status).toBe(201)
  const assessed = await professional.command(assessCase('noord', 'c1'))
  positionBeforeRegie = assessed.body.position
})

afterAll(async () => {
  await server?.close()
})

describe('a team at its weekly meeting, over HTTP on a SQLite file', () => {
  it('sees a new unsafe case without regie', async () => {
    const response = await coach.get('/api/teams/noord/unassigned-regie')
    expect(response.status).toBe(200)
    expect(response.body.data.map((item: { caseId: string }) => item.caseId)).toEqual(['c1'])
  })

  it('records regie and replies with the events and the new position', async () => {
    const response = await professional.command(assignRegie('noord', 'c1', 'p1'))
    expect(response.status).toBe(201)
    expect(response.body.events.map((e: { type: string }) => e.type)).toEqual(['RegieAssigned'])
    expect(response.body.position).toBeGreaterThan(positionBeforeRegie)
    const metadata = response.body.events[0].metadata
    expect(metadata.actor).toMatch(/^acc-professional-/)
    expect(metadata.role).toBe('professional')
    expect(metadata.occurredAt).toMatch(/Z$/)
  })

  it('shows the assignment in the projections at once (reads its own write)', async () => {
    const unassigned = await coach.get('/api/teams/noord/unassigned-regie')
    expect(unassigned.body.data).toEqual([])
    const balance = await coach.get('/api/teams/noord/balance')
    const p1 = balance.body.data.members.find((m: { professionalId: string }) => m.professionalId === 'p1')
    expect(p1.load.parts.length).toBe(1)
  })

  it('shows the case still unassigned as of the position before the assignment', async () => {
    const response = await auditor.get(`/api/teams/noord/unassigned-regie?asOf=${positionBeforeRegie}`)
    expect(response.status).toBe(200)
    expect(response.body.asOf.position).toBe(positionBeforeRegie)
    expect(response.body.data.map((item: { caseId: string }) => item.caseId)).toEqual(['c1'])
  })

  it('rejects a second regisseur with 422 and its stable code, appending nothing', async () => {
    const head = await server.tandem.store.head()
    const response = await professional.command(assignRegie('noord', 'c1', 'p2'))
    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('CaseAlreadyHasRegisseur')
    expect(response.body.error.message.nl).toBeTruthy()
    expect(await server.tandem.store.head()).toBe(head)
  })

  it('lists every failing field of a bad command with 400', async () => {
    const response = await professional.command({
      type: 'RegisterCase',
      teamId: 'noord',
      caseId: 'c 2',
      reference: 'Jansen',
      receivedOn: '2026-13-01',
      setting: 'ambulant',
      expertiseNeeded: [],
    })
    expect(response.status).toBe(400)
    const paths = response.body.error.issues.map((issue: { path: string }) => issue.path)
    expect(paths).toEqual(expect.arrayContaining(['/caseId', '/reference', '/receivedOn']))
  })

  it('names an unknown command type', async () => {
    const response = await professional.command({ type: 'DeleteEverything', teamId: 'noord' })
    expect(response.status).toBe(400)
    expect(response.body.error.issues[0].path).toBe('/type')
  })

  it('answers a stale expectedVersion with 409', async () => {
    const response = await professional.command({ ...registerCase('noord', 'c9'), expectedVersion: 1 })
    expect(response.status).toBe(409)
    expect(response.body.error.code).toBe('StaleExpectedVersion')
  })

  it('accepts a command pinned to the current version', async () => {
    const first = await professional.command(registerCase('noord', 'c3'))
    const version = first.body.streamVersion
    const pinned = await professional.command({ ...registerCase('noord', 'c4'), expectedVersion: version })
    expect(pinned.status).toBe(201)
  })

  it('stores a retried command once (same commandId)', async () => {
    const body = { ...registerCase('noord', 'c5'), commandId: 'retry-me-1' }
    const first = await professional.command(body)
    const second = await professional.command(body)
    expect(second.status).toBe(201)
    expect(second.body.position).toBe(first.body.position)
  })

  it('refuses commands from an auditor (403) and from another team (403)', async () => {
    expect((await auditor.command(registerCase('noord', 'c6'))).status).toBe(403)
    expect((await otherCoach.command(registerCase('noord', 'c6'))).status).toBe(403)
  })

  it('refuses another team’s data with 403', async () => {
    expect((await otherCoach.get('/api/teams/noord/balance')).status).toBe(403)
  })

  it('answers every dashboard query for the team', async () => {
    for (const name of [
      'balance',
      'reflection',
      'unassigned-regie',
      'agenda',
      'waiting-list',
      'tandems',
      'norm-audit',
    ])
      expect((await coach.get(`/api/teams/noord/${name}`)).status, name).toBe(200)
    const week = await professional.get('/api/teams/noord/my-week')
    expect(week.status).toBe(200)
    expect(week.body.data.professionalId).toBe('p1')
  })

  it('pages lists', async () => {
    const response = await coach.get('/api/teams/noord/balance?limit=1&offset=1')
    expect(response.body.data.members.length).toBe(1)
    expect(response.body.page).toMatchObject({ list: 'members', total: 2, limit: 1, offset: 1 })
  })

  it('folds the log up to an ISO moment, and refuses an asOf that is neither', async () => {
    const now = await auditor.get(
      `/api/teams/noord/balance?asOf=${new Date(Date.now() + 60_000).toISOString()}`,
    )
    expect(now.status).toBe(200)
    expect(now.body.data.members).toHaveLength(2)
    expect((await auditor.get('/api/teams/noord/balance?asOf=2000-01-01')).status).toBe(404)
    const bad = await auditor.get('/api/teams/noord/balance?asOf=yesterday')
    expect(bad.status).toBe(400)
    expect(bad.body.error.issues[0].path).toBe('/asOf')
  })

  it('counts appends and reports projection lag in /metrics', async () => {
    const text = (await server.anonymous.get('/metrics')).body as unknown as string
    expect(text).toMatch(/tandem_events_appended_total [1-9]/)
    expect(text).toContain('tandem_projection_lag_events 0')
    expect(text).toContain('route="/api/commands",status="201"')
  })

  it('keeps a log whose hash chain verifies', async () => {
    expect((await server.tandem.store.verify()).ok).toBe(true)
  })
})

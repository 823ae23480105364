import { defaultTeamSettings } from '@tandem/domain'
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

let server: ApiServer
let coach: ApiClient
let professional: ApiClient
let auditor: ApiClient

beforeAll(async () => {
  server = await startApiServer()
  coach = await server.as('coach', ['noord'])
  professional = await server.as('professional', ['noord'], 'p1')
  auditor = await server.as('auditor')
  await record(server.admin, foundTeam('noord'), foundTeam('zuid'))
  await record(
    coach,
    addProfessional('noord', 'p1', { name: 'Anna de Vries' }),
    recordRegistration('noord', 'p1'),
    addProfessional('noord', 'p2', { name: 'Bram Bakker', educationLevel: 'mbo' }),
  )
  await record(professional, registerCase('noord', 'c1'), assessCase('noord', 'c1'))
})

afterAll(async () => {
  await server?.close()
})

describe('the team list', () => {
  it('shows a coach only their own team, by name', async () => {
    const response = await coach.get('/api/teams')
    expect(response.status).toBe(200)
    expect(response.body.data).toEqual([{ teamId: 'noord', name: 'Jeugdteam noord' }])
  })

  it('shows an auditor and an admin every team', async () => {
    for (const client of [auditor, server.admin]) {
      const response = await client.get('/api/teams')
      expect(response.body.data.map((team: { teamId: string }) => team.teamId)).toEqual(['noord', 'zuid'])
    }
  })
})

describe('team reads', () => {
  it('gives the settings in force', async () => {
    const response = await coach.get('/api/teams/noord/settings')
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ teamId: 'noord', data: defaultTeamSettings })
    expect(response.body.asOf.position).toBeGreaterThan(0)
  })

  it('gives the balance week by week', async () => {
    const response = await coach.get('/api/teams/noord/balance-history')
    expect(response.status).toBe(200)
    expect(response.body.data.at(-1)).toMatchObject({
      weekStart: expect.any(String),
      load: expect.any(Number),
    })
  })

  it('lists every colleague with registration standing and room, for pickers', async () => {
    const response = await professional.get('/api/teams/noord/professionals')
    expect(response.status).toBe(200)
    expect(response.body.data).toMatchObject([
      { professionalId: 'p1', name: 'Anna de Vries', contractHours: 32, registration: { status: 'valid' } },
      { professionalId: 'p2', name: 'Bram Bakker', registration: { status: 'none' }, absentToday: false },
    ])
  })

  it('explains one case: its weight part by part and whether it needs registration', async () => {
    const response = await professional.get('/api/teams/noord/cases/c1')
    expect(response.status).toBe(200)
    expect(response.body.data).toMatchObject({
      caseId: 'c1',
      reference: '2026-c1',
      needsRegistration: true,
      assessment: { indicators: { unsafe: true }, intensity: 'moderate' },
      weight: { assessed: true },
      regisseur: null,
      status: 'open',
    })
    expect(response.body.data.weight.parts).toHaveLength(2)
  })

  it('answers an unknown case with a bilingual 404', async () => {
    const response = await professional.get('/api/teams/noord/cases/nope')
    expect(response.status).toBe(404)
    expect(response.body.error).toMatchObject({ code: 'CaseNotFound', message: { nl: expect.any(String) } })
  })

  it('shows a case as it was at an earlier position', async () => {
    const registered = await professional.command(registerCase('noord', 'c-late'))
    const before = await professional.get(
      `/api/teams/noord/cases/c-late?asOf=${registered.body.position - 1}`,
    )
    expect(before.status).toBe(404)
    const at = await professional.get(`/api/teams/noord/cases/c-late?asOf=${registered.body.position}`)
    expect(at.body.data.assessment).toBeNull()
  })

  it('lists planned reflection sessions with participants by name', async () => {
    await coach.command({
      type: 'PlanReflectionSession',
      teamId: 'noord',
      sessionId: 's1',
      kind: 'intervisie',
      on: '2099-01-05',
      hours: 2,
      participants: ['p1', 'p2'],
    })
    const response = await coach.get('/api/teams/noord/reflection')
    expect(response.status).toBe(200)
    expect(response.body.data.planned).toMatchObject([
      {
        sessionId: 's1',
        kind: 'intervisie',
        on: '2099-01-05',
        hours: 2,
        participants: [
          { professionalId: 'p1', name: 'Anna de Vries' },
          { professionalId: 'p2', name: 'Bram Bakker' },
        ],
      },
    ])
    expect(Array.isArray(response.body.data.periods)).toBe(true)
    expect(response.body.page.list).toBe('periods')
  })
})

describe('the timeline', () => {
  it('gives the team’s events newest first with actor and role, paged backwards', async () => {
    const first = await coach.get('/api/teams/noord/timeline?limit=2')
    expect(first.status).toBe(200)
    const [newest, older] = first.body.data
    expect(newest.position).toBeGreaterThan(older.position)
    expect(newest).toMatchObject({ type: expect.any(String), metadata: { role: expect.any(String) } })
    expect(newest.metadata.actor).toMatch(/^acc-|^operator$/)
    expect(first.body.page.next).toBeLessThan(older.position)
    const second = await auditor.get(`/api/teams/noord/timeline?limit=2&from=${first.body.page.next}`)
    expect(second.body.data[0].position).toBe(first.body.page.next)
  })

  it('ends at the team’s founding', async () => {
    const all = await auditor.get('/api/teams/noord/timeline?limit=500')
    expect(all.body.data.at(-1)).toMatchObject({ type: 'TeamFounded', data: { name: 'Jeugdteam noord' } })
    expect(all.body.page.next).toBeNull()
  })

  it('is not for professionals', async () => {
    expect((await professional.get('/api/teams/noord/timeline')).status).toBe(403)
  })
})

describe('the planning assistant', () => {
  it('ranks candidates for a case waiting for regie, the registered colleague only', async () => {
    const response = await professional.get('/api/teams/noord/planner/cases/c1')
    expect(response.status).toBe(200)
    expect(
      response.body.data.regisseurs.map(
        (s: { regisseur: { professionalId: string } }) => s.regisseur.professionalId,
      ),
    ).toEqual(['p1'])
    expect(response.body.data.excluded.map((e: { professionalId: string }) => e.professionalId)).toContain(
      'p2',
    )
  })

  it('proposes the meeting with commands ready to post, and records nothing itself', async () => {
    const head = await server.tandem.store.head()
    const response = await coach.get('/api/teams/noord/planner/meeting')
    expect(response.status).toBe(200)
    const item = response.body.data.items.find((i: { caseId: string }) => i.caseId === 'c1')
    expect(item.commands).toEqual([assignRegie('noord', 'c1', 'p1')])
    expect(await server.tandem.store.head()).toBe(head)
    expect((await coach.command(item.commands[0])).status).toBe(201)
    const again = await professional.get('/api/teams/noord/planner/cases/c1')
    expect(again.status).toBe(409)
  })

  it('names the regisseur in the agenda and tandems', async () => {
    await coach.command({
      type: 'AddCaseMember',
      teamId: 'noord',
      caseId: 'c1',
      professionalId: 'p2',
      role: 'tandem-practitioner',
    })
    const tandems = await coach.get('/api/teams/noord/tandems')
    expect(tandems.body.data).toMatchObject([
      { regisseurName: 'Anna de Vries', practitionerName: 'Bram Bakker' },
    ])
    const week = await professional.get('/api/teams/noord/my-week')
    expect(week.body.data).toMatchObject({
      name: 'Anna de Vries',
      tandems: [{ practitionerName: 'Bram Bakker' }],
    })
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiClient, type ApiServer, startApiServer } from './support/api-server.ts'
import {
  addProfessional,
  assessCase,
  foundTeam,
  record,
  recordRegistration,
  registerCase,
} from './support/commands.ts'

let server: ApiServer
let coach: ApiClient
let professional: ApiClient
const coachId = 'acc-coach-1'
const professionalId = 'acc-professional-2'

type Entry = { type: string; metadata: { actor: string; actorName: string | null } }
const byType = (entries: readonly Entry[], type: string) => entries.find((entry) => entry.type === type)

beforeAll(async () => {
  server = await startApiServer()
  coach = await server.as('coach', ['noord'])
  professional = await server.as('professional', ['noord'], 'p2')
  await server.admin.patch(`/api/accounts/${coachId}`, { displayName: 'Carla Coach' })
  await record(server.admin, foundTeam('noord'))
  await record(
    coach,
    addProfessional('noord', 'p1'),
    recordRegistration('noord', 'p1'),
    addProfessional('noord', 'p2', { educationLevel: 'mbo' }),
  )
  await record(professional, registerCase('noord', 'c1'), assessCase('noord', 'c1'))
  await record(professional, {
    type: 'AssignRegie',
    teamId: 'noord',
    caseId: 'c1',
    professionalId: 'p2',
    exemption: {
      ground: 'continuity-of-relationship',
      reasoning: 'Bram kent het gezin al jaren; overdracht schaadt het vertrouwen.',
      decidedBy: ['p1', 'p2'],
    },
  })
})

afterAll(async () => {
  await server?.close()
})

describe('actors in the timeline and the norm audit', () => {
  it('shows who recorded an event by their account name, not only its id', async () => {
    const timeline = await coach.get('/api/teams/noord/timeline?limit=500')
    expect(byType(timeline.body.data, 'ProfessionalJoined')?.metadata).toMatchObject({
      actor: coachId,
      actorName: 'Carla Coach',
    })
  })

  it('names the operator token as such', async () => {
    const timeline = await coach.get('/api/teams/noord/timeline?limit=500')
    expect(byType(timeline.body.data, 'TeamFounded')?.metadata.actorName).toBe('TANDEM_ADMIN_TOKEN')
  })

  it('shows who recorded an exemption in the norm audit', async () => {
    const audit = await coach.get('/api/teams/noord/norm-audit')
    expect(audit.body.data.exemptions[0]).toMatchObject({ actor: professionalId, actorName: professionalId })
  })

  it('keeps the id without a name once the account was erased', async () => {
    expect((await server.admin.delete(`/api/accounts/${professionalId}`)).status).toBe(204)
    const timeline = await coach.get('/api/teams/noord/timeline?limit=500')
    expect(byType(timeline.body.data, 'CaseRegistered')?.metadata).toEqual(
      expect.objectContaining({ actor: professionalId, actorName: null }),
    )
    const audit = await coach.get('/api/teams/noord/norm-audit')
    expect(audit.body.data.exemptions[0].actorName).toBeNull()
  })
})

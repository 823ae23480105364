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
let professional: ApiClient

const choose = (caseId: string, query: string) =>
  professional.get(`/api/teams/noord/planner/cases/${caseId}/commands?${query}`)

beforeAll(async () => {
  server = await startApiServer()
  const coach = await server.as('coach', ['noord'])
  professional = await server.as('professional', ['noord'], 'p1')
  await record(server.admin, foundTeam('noord'))
  await record(
    coach,
    ...['p1', 'p3'].flatMap((id) => [addProfessional('noord', id), recordRegistration('noord', id)]),
    addProfessional('noord', 'p2', { educationLevel: 'mbo' }),
  )
  await record(
    professional,
    ...['c1', 'c2'].flatMap((caseId) => [registerCase('noord', caseId), assessCase('noord', caseId)]),
    assignRegie('noord', 'c1', 'p1'),
    assignRegie('noord', 'c2', 'p3'),
  )
  // p1 is away for a long while: c1 is back on the agenda with its regisseur still recorded.
  await record(coach, {
    type: 'RecordAbsence',
    teamId: 'noord',
    professionalId: 'p1',
    absenceId: 'a1',
    kind: 'leave',
    from: '2020-01-01',
    until: '2099-12-31',
  })
})

afterAll(async () => {
  await server?.close()
})

describe('commands for an edited proposal item', () => {
  it('releases the absent regisseur before assigning the one the meeting chose', async () => {
    const response = await choose('c1', 'regisseur=p3&practitioner=p2')
    expect(response.status).toBe(200)
    expect(response.body.data.commands.map((c: { type: string }) => c.type)).toEqual([
      'ReleaseRegie',
      'AssignRegie',
      'AddCaseMember',
    ])
    expect(response.body.data.commands[0]).toMatchObject({ caseId: 'c1', professionalId: 'p1' })
    expect(response.body.data.commands[2]).toMatchObject({
      professionalId: 'p2',
      role: 'tandem-practitioner',
      contactIntervalDays: expect.any(Number),
    })
  })

  it('records the choice when its commands are posted as they are', async () => {
    const head = await server.tandem.store.head()
    const { body } = await choose('c1', 'regisseur=p3')
    expect(await server.tandem.store.head()).toBe(head)
    for (const command of body.data.commands) expect((await professional.command(command)).status).toBe(201)
    const agenda = await professional.get('/api/teams/noord/unassigned-regie')
    expect(agenda.body.data.map((row: { caseId: string }) => row.caseId)).not.toContain('c1')
  })

  it('says there is nothing to plan for a case whose regie is in order', async () => {
    expect((await choose('c2', 'regisseur=p1')).status).toBe(409)
  })

  it('names the missing regisseur', async () => {
    const response = await choose('c1', 'practitioner=p2')
    expect(response.status).toBe(400)
    expect(response.body.error.issues[0].path).toBe('/regisseur')
  })
})

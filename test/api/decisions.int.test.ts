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

const tandemPartner = (caseId: string, professionalId: string) => ({
  type: 'AddCaseMember',
  teamId: 'noord',
  caseId,
  professionalId,
  role: 'tandem-practitioner',
})
/** Regie with its tandem partner: the decision the meeting takes for an unsafe case and a thuisbegeleider. */
const regieWithPartner = (caseId: string, partner = 'p-mbo') => [
  assignRegie('noord', caseId, 'p-reg'),
  tandemPartner(caseId, partner),
]

const newCase = async (caseId: string) =>
  record(coach, registerCase('noord', caseId), assessCase('noord', caseId))

const regisseurOf = async (caseId: string) =>
  (await coach.get(`/api/teams/noord/cases/${caseId}`)).body.data.regisseur

beforeAll(async () => {
  server = await startApiServer()
  await record(server.admin, foundTeam('noord'), foundTeam('zuid'))
  coach = await server.as('coach', ['noord'])
  await record(
    coach,
    addProfessional('noord', 'p-reg'),
    recordRegistration('noord', 'p-reg'),
    addProfessional('noord', 'p-mbo', { discipline: 'thuisbegeleider', educationLevel: 'mbo' }),
  )
})

afterAll(async () => {
  await server?.close()
})

describe('POST /api/decisions — one decision, appended atomically', () => {
  it('records regie and its tandem partner together, as one append under one command id', async () => {
    await newCase('c1')
    const response = await coach.post('/api/decisions', {
      commands: regieWithPartner('c1'),
      commandId: 'dec-1',
    })
    expect(response.status).toBe(201)
    expect(response.body.events.map((event: { type: string }) => event.type)).toEqual([
      'RegieAssigned',
      'CaseMemberAdded',
    ])
    const stored = await server.tandem.store.findCommand('dec-1')
    expect(stored?.events.map((event) => event.position)).toEqual(
      response.body.events.map((event: { position: number }) => event.position),
    )
    expect(response.body.position).toBe(response.body.events[1].position)
  })

  it('records nothing when the tandem partner is refused, and names that command by its index', async () => {
    await newCase('c2')
    const head = await server.tandem.store.head()
    const response = await coach.post('/api/decisions', { commands: regieWithPartner('c2', 'p-reg') })
    expect(response.status).toBe(422)
    expect(response.body.error).toMatchObject({ code: 'AlreadyOnCase', index: 1 })
    expect(response.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual([
      '/commands/1/professionalId',
    ])
    expect(await server.tandem.store.head()).toBe(head)
    expect(await regisseurOf('c2')).toBeNull()
  })

  it('refuses an empty decision, saying what a decision holds', async () => {
    const response = await coach.post('/api/decisions', { commands: [] })
    expect(response.status).toBe(400)
    expect(response.body.error.issues[0].path).toBe('/commands')
    expect(response.body.error.message.nl).toContain('Een besluit bestaat uit 1 tot')
  })

  it('refuses commands for two teams in one decision, naming the first of the other team', async () => {
    const response = await coach.post('/api/decisions', {
      commands: [registerCase('noord', 'c3'), registerCase('zuid', 'c3')],
    })
    expect(response.status).toBe(400)
    expect(response.body.error).toMatchObject({
      index: 1,
      message: { en: 'Every command of one decision belongs to the same team.' },
    })
    expect(response.body.error.issues[0].path).toBe('/commands/1/teamId')
  })

  it('answers a retry of the same decision with the original reply, recording nothing twice', async () => {
    await newCase('c4')
    const body = { commands: regieWithPartner('c4'), commandId: 'dec-4' }
    const first = await coach.post('/api/decisions', body)
    const head = await server.tandem.store.head()
    const retry = await coach.post('/api/decisions', body)
    expect(retry.status).toBe(201)
    expect(retry.body.position).toBe(first.body.position)
    expect(await server.tandem.store.head()).toBe(head)
  })

  it('is refused for a role the authority table does not grant, naming the command', async () => {
    const professional = await server.as('professional', ['noord'], 'p-mbo')
    const response = await professional.post('/api/decisions', {
      commands: [registerCase('noord', 'c5'), recordRegistration('noord', 'p-mbo')],
    })
    expect(response.status).toBe(403)
    expect(response.body.error).toMatchObject({ code: 'NotAllowedForRole', index: 1 })
  })
})

describe('the preview decides exactly as the decision would', () => {
  it('refuses the same decision with the same failure', async () => {
    await newCase('c6')
    const body = { commands: regieWithPartner('c6', 'p-reg') }
    const preview = await coach.post('/api/commands/preview', body)
    const decision = await coach.post('/api/decisions', body)
    expect(preview.status).toBe(decision.status)
    expect(preview.body).toEqual(decision.body)
  })

  it('shows the events the decision then records', async () => {
    await newCase('c7')
    const body = { commands: regieWithPartner('c7') }
    const preview = await coach.post('/api/commands/preview', body)
    const decision = await coach.post('/api/decisions', body)
    expect(preview.body.events).toEqual(
      decision.body.events.map(({ type, data }: { type: string; data: unknown }) => ({ type, data })),
    )
  })
})

describe('the meeting a decision belongs to is the one the caller names', () => {
  let meetingId: string

  beforeAll(async () => {
    meetingId = 'm-decisions'
    await record(coach, { type: 'OpenMeeting', teamId: 'noord', meetingId, present: ['p-reg', 'p-mbo'] })
  })

  it('carries the open meeting the decision names into every event it records', async () => {
    await newCase('c8')
    const response = await coach.post('/api/decisions', { commands: regieWithPartner('c8'), meetingId })
    expect(response.status).toBe(201)
    expect(
      response.body.events.map((event: { metadata: { meetingId?: string } }) => event.metadata.meetingId),
    ).toEqual([meetingId, meetingId])
  })

  it('does not stamp a command recorded during the meeting with it when the caller did not say so', async () => {
    const response = await coach.command(registerCase('noord', 'c9'))
    expect(response.status).toBe(201)
    expect(response.body.events[0].metadata.meetingId).toBeUndefined()
  })

  it('takes the meeting beside a single command too', async () => {
    const response = await coach.command({ ...registerCase('noord', 'c10'), meetingId })
    expect(response.body.events[0].metadata.meetingId).toBe(meetingId)
  })

  it('refuses a decision that names a meeting which is not open, recording nothing', async () => {
    await newCase('c11')
    const head = await server.tandem.store.head()
    const response = await coach.post('/api/decisions', {
      commands: regieWithPartner('c11'),
      meetingId: 'm-other',
    })
    expect(response.status).toBe(422)
    expect(response.body.error).toMatchObject({ code: 'MeetingNotOpen', index: 0 })
    expect(await server.tandem.store.head()).toBe(head)
  })

  it('refuses deciding in the meeting once it is closed', async () => {
    await record(coach, { type: 'CloseMeeting', teamId: 'noord', meetingId, present: [] })
    const response = await coach.command({ ...registerCase('noord', 'c12'), meetingId })
    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('MeetingNotOpen')
  })
})

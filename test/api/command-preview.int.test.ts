import { defaultTeamSettings } from '@tandem/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_COMMANDS } from '../../packages/server/src/commands/command-body.ts'
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

beforeAll(async () => {
  server = await startApiServer()
  coach = await server.as('coach', ['noord'])
  professional = await server.as('professional', ['noord'], 'p1')
  await record(server.admin, foundTeam('noord'))
  await record(
    coach,
    addProfessional('noord', 'p1'),
    recordRegistration('noord', 'p1'),
    addProfessional('noord', 'p2', { educationLevel: 'mbo' }),
  )
  await record(professional, registerCase('noord', 'c1'), assessCase('noord', 'c1'))
})

afterAll(async () => {
  await server?.close()
})

const preview = (client: ApiClient, commands: unknown) => client.post('/api/commands/preview', { commands })
const loadOf = (balance: { members: { professionalId: string; load: { points: number } }[] }, id: string) =>
  balance.members.find((member) => member.professionalId === id)?.load.points

describe('previewing a decision', () => {
  it('shows the events and what regie plus a tandem partner do to both caseloads', async () => {
    const head = await server.tandem.store.head()
    const response = await preview(professional, [
      assignRegie('noord', 'c1', 'p1'),
      {
        type: 'AddCaseMember',
        teamId: 'noord',
        caseId: 'c1',
        professionalId: 'p2',
        role: 'tandem-practitioner',
      },
    ])
    expect(response.status).toBe(200)
    expect(response.body.events.map((e: { type: string }) => e.type)).toEqual([
      'RegieAssigned',
      'CaseMemberAdded',
    ])
    expect(loadOf(response.body.before, 'p1')).toBe(0)
    expect(loadOf(response.body.after, 'p1')).toBeGreaterThan(0)
    expect(loadOf(response.body.after, 'p2')).toBeGreaterThan(0)
    expect(response.body.normGaps).toEqual([])
    expect(await server.tandem.store.head()).toBe(head)
    const balance = await professional.get('/api/teams/noord/balance')
    expect(loadOf(balance.body.data, 'p1')).toBe(0)
  })

  it('names the rule and the failing command when the norm refuses it, and appends nothing', async () => {
    const head = await server.tandem.store.head()
    const response = await preview(professional, [
      registerCase('noord', 'c2'),
      assignRegie('noord', 'c2', 'p2'),
    ])
    expect(response.status).toBe(422)
    expect(response.body.error).toMatchObject({ code: 'RegistrationRequired', index: 1 })
    expect(response.body.error.message.nl).toEqual(expect.any(String))
    expect(await server.tandem.store.head()).toBe(head)
  })

  it('carries the rule the domain enforced in the error body', async () => {
    const response = await preview(professional, [
      registerCase('noord', 'c5'),
      assessCase('noord', 'c5'),
      assignRegie('noord', 'c5', 'p2'),
    ])
    expect(response.body.error).toMatchObject({ code: 'RegistrationRequired', rule: 'R1' })
  })

  it('lists schema failures with the path into the list and the index', async () => {
    const response = await preview(professional, [
      registerCase('noord', 'c3'),
      { type: 'AssignRegie', teamId: 'noord' },
    ])
    expect(response.status).toBe(400)
    expect(response.body.error.index).toBe(1)
    expect(response.body.error.issues.map((i: { path: string }) => i.path)).toContain('/commands/1/caseId')
  })

  it(`refuses an empty list, more than ${MAX_COMMANDS}, or commands for two teams`, async () => {
    expect((await preview(coach, [])).status).toBe(400)
    expect(
      (
        await preview(
          coach,
          Array.from({ length: MAX_COMMANDS + 1 }, (_, i) => registerCase('noord', `x${i}`)),
        )
      ).status,
    ).toBe(400)
    const mixed = await preview(coach, [registerCase('noord', 'y1'), registerCase('zuid', 'y2')])
    expect(mixed.status).toBe(400)
    expect(mixed.body.error.index).toBe(1)
  })

  it('authorises each command as /api/commands does', async () => {
    const settings = {
      type: 'ChangeTeamSettings',
      teamId: 'noord',
      settings: defaultTeamSettings,
      reason: 'x',
    }
    const response = await preview(professional, [registerCase('noord', 'c4'), settings])
    expect(response.status).toBe(403)
    expect(response.body.error.index).toBe(1)
  })

  it('shows a coach what new team settings do to capacity before saving them', async () => {
    const response = await preview(coach, [
      {
        type: 'ChangeTeamSettings',
        teamId: 'noord',
        settings: { ...defaultTeamSettings, pointsPerFte: defaultTeamSettings.pointsPerFte * 2 },
        reason: 'Meer ruimte afgesproken',
      },
    ])
    expect(response.status).toBe(200)
    expect(response.body.after.team.capacity).toBeCloseTo(response.body.before.team.capacity * 2)
  })
})

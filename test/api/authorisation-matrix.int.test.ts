import { AUTHORITY, defaultTeamSettings, type TeamCommandType, whoMay } from '@tandem/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AUTHORITY_SCENARIOS } from '../../packages/domain/src/testing/authority-scenarios.ts'
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

type Caller = 'anonymous' | 'professional' | 'coach' | 'otherCoach' | 'auditor' | 'admin'
const CALLERS: readonly Caller[] = ['anonymous', 'professional', 'coach', 'otherCoach', 'auditor', 'admin']

interface Route {
  readonly name: string
  readonly request: (client: ApiClient, n: number) => Promise<{ readonly status: number }>
  readonly expected: Readonly<Record<Caller, number>>
}

const teamRead = { anonymous: 401, professional: 200, coach: 200, otherCoach: 403, auditor: 200, admin: 403 }
const coachOrAuditor = {
  anonymous: 401,
  professional: 403,
  coach: 200,
  otherCoach: 403,
  auditor: 200,
  admin: 403,
}
const adminOnly = { anonymous: 401, professional: 403, coach: 403, otherCoach: 403, auditor: 403, admin: 200 }
/** The professional's account, the first one `server.as` creates in `beforeAll`. */
const TARGET_ACCOUNT = 'acc-professional-1'
const everyone = { anonymous: 401, professional: 200, coach: 200, otherCoach: 200, auditor: 200, admin: 200 }
/** An admin does personnel work on any team: it reads who is on it and its settings, no case data. */
const adminReads = new Set(['professionals', 'settings'])
const queries = [
  'balance',
  'balance-history',
  'professionals',
  'settings',
  'reflection',
  'unassigned-regie',
  'agenda',
  'waiting-list',
  'tandems',
  'norm-audit',
  'my-week',
]

/** Every route × every role, including another team's coach (cross-team access). */
const ROUTES: readonly Route[] = [
  ...queries.map((name) => ({
    name: `GET /api/teams/:teamId/${name}`,
    request: (client: ApiClient) => client.get(`/api/teams/noord/${name}?professionalId=p1`),
    expected: adminReads.has(name) ? { ...teamRead, admin: 200 } : teamRead,
  })),
  ...['cases/c1', 'planner/cases/c1', 'planner/cases/c1/commands?regisseur=p1', 'planner/meeting'].map(
    (path) => ({
      name: `GET /api/teams/:teamId/${path}`,
      request: (client: ApiClient) => client.get(`/api/teams/noord/${path}`),
      expected: teamRead,
    }),
  ),
  {
    name: 'GET /api/teams/:teamId/timeline',
    request: (client) => client.get('/api/teams/noord/timeline'),
    expected: coachOrAuditor,
  },
  {
    name: 'GET /api/teams',
    request: (client) => client.get('/api/teams'),
    expected: everyone,
  },
  {
    name: 'POST /api/commands/preview RegisterCase (own team)',
    request: (client, n) =>
      client.post('/api/commands/preview', { commands: [registerCase('noord', `v${n}`)] }),
    expected: { anonymous: 401, professional: 200, coach: 200, otherCoach: 403, auditor: 403, admin: 403 },
  },
  {
    name: 'POST /api/commands/preview ChangeTeamSettings',
    request: (client) =>
      client.post('/api/commands/preview', {
        commands: [
          { type: 'ChangeTeamSettings', teamId: 'noord', settings: defaultTeamSettings, reason: 'Afspraak' },
        ],
      }),
    expected: { anonymous: 401, professional: 403, coach: 200, otherCoach: 403, auditor: 403, admin: 200 },
  },
  {
    name: 'POST /api/commands/preview FoundTeam',
    request: (client, n) => client.post('/api/commands/preview', { commands: [foundTeam(`preview-${n}`)] }),
    expected: { anonymous: 401, professional: 403, coach: 403, otherCoach: 403, auditor: 403, admin: 200 },
  },
  {
    name: 'GET /api/teams/:teamId/live',
    request: async (client) => {
      const response = await fetch(`${server.base}/api/teams/noord/live`, {
        headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
      })
      await response.body?.cancel()
      return response
    },
    expected: teamRead,
  },
  {
    name: 'POST /api/commands RegisterCase (own team)',
    request: (client, n) => client.command(registerCase('noord', `m${n}`)),
    expected: { anonymous: 401, professional: 201, coach: 201, otherCoach: 403, auditor: 403, admin: 403 },
  },
  {
    name: 'POST /api/commands ChangeTeamSettings',
    request: (client) =>
      client.command({
        type: 'ChangeTeamSettings',
        teamId: 'noord',
        settings: defaultTeamSettings,
        reason: 'Afspraak',
      }),
    expected: { anonymous: 401, professional: 403, coach: 201, otherCoach: 403, auditor: 403, admin: 201 },
  },
  {
    name: 'POST /api/decisions RegisterCase and AssessCase (own team)',
    request: (client, n) =>
      client.post('/api/decisions', {
        commands: [registerCase('noord', `d${n}`), assessCase('noord', `d${n}`)],
      }),
    expected: { anonymous: 401, professional: 201, coach: 201, otherCoach: 403, auditor: 403, admin: 403 },
  },
  {
    name: 'POST /api/commands FoundTeam',
    request: (client, n) => client.command(foundTeam(`new-${n}`)),
    expected: { anonymous: 401, professional: 403, coach: 403, otherCoach: 403, auditor: 403, admin: 201 },
  },
  {
    name: 'GET /api/audit/export',
    request: (client) => client.get('/api/audit/export'),
    expected: { anonymous: 401, professional: 403, coach: 403, otherCoach: 403, auditor: 200, admin: 403 },
  },
  {
    name: 'GET /api/audit/verify',
    request: (client) => client.get('/api/audit/verify'),
    expected: { anonymous: 401, professional: 403, coach: 403, otherCoach: 403, auditor: 200, admin: 200 },
  },
  {
    name: 'GET /api/accounts',
    request: (client) => client.get('/api/accounts'),
    expected: { anonymous: 401, professional: 403, coach: 403, otherCoach: 403, auditor: 403, admin: 200 },
  },
  {
    name: 'POST /api/accounts',
    request: (client, n) =>
      client.post('/api/accounts', {
        username: `u${n}`,
        displayName: 'U',
        role: 'auditor',
        password: 'long password 1',
      }),
    expected: { anonymous: 401, professional: 403, coach: 403, otherCoach: 403, auditor: 403, admin: 201 },
  },
  // The account routes by id: the professional's own account as the target (created first below),
  // and an unknown id for the erase, so the matrix erases nobody it still needs.
  {
    name: 'GET /api/accounts/:accountId',
    request: (client) => client.get(`/api/accounts/${TARGET_ACCOUNT}`),
    expected: adminOnly,
  },
  {
    name: 'PATCH /api/accounts/:accountId',
    request: (client) => client.patch(`/api/accounts/${TARGET_ACCOUNT}`, { displayName: 'Professional' }),
    expected: adminOnly,
  },
  {
    name: 'POST /api/accounts/:accountId/tokens',
    request: (client) => client.post(`/api/accounts/${TARGET_ACCOUNT}/tokens`, { label: 'script' }),
    expected: { ...adminOnly, admin: 201 },
  },
  {
    name: 'DELETE /api/accounts/:accountId (unknown account)',
    request: (client) => client.delete('/api/accounts/nobody'),
    expected: { ...adminOnly, admin: 404 },
  },
  {
    name: 'POST /api/auth/tokens (own token; the operator token has no account)',
    request: (client) => client.post('/api/auth/tokens', { label: 'script' }),
    expected: { anonymous: 401, professional: 201, coach: 201, otherCoach: 201, auditor: 201, admin: 403 },
  },
  {
    name: 'GET /api/auth/me',
    request: (client) => client.get('/api/auth/me'),
    expected: { anonymous: 401, professional: 200, coach: 200, otherCoach: 200, auditor: 200, admin: 200 },
  },
  ...['/api/openapi.json', '/health', '/metrics'].map((path) => ({
    name: `GET ${path}`,
    request: (client: ApiClient) => client.get(path),
    expected: { anonymous: 200, professional: 200, coach: 200, otherCoach: 200, auditor: 200, admin: 200 },
  })),
]

let server: ApiServer
let clients: Record<Caller, ApiClient>
/** a professional's account that is linked to no professional */
let unlinked: ApiClient

beforeAll(async () => {
  server = await startApiServer()
  await server.admin.command(foundTeam('noord'))
  await server.admin.command(foundTeam('zuid'))
  clients = {
    anonymous: server.anonymous,
    professional: await server.as('professional', ['noord'], 'p1'),
    coach: await server.as('coach', ['noord']),
    otherCoach: await server.as('coach', ['zuid']),
    auditor: await server.as('auditor'),
    admin: server.admin,
  }
  // The team every authority scenario is decided against (authority-scenarios.ts), recorded over HTTP.
  await record(
    clients.coach,
    addProfessional('noord', 'p1'),
    addProfessional('noord', 'p2'),
    addProfessional('noord', 'p3', { discipline: 'thuisbegeleider', educationLevel: 'mbo' }),
    recordRegistration('noord', 'p1'),
    recordRegistration('noord', 'p2'),
    registerCase('noord', 'c1'),
    assessCase('noord', 'c1'),
    registerCase('noord', 'c2'),
    assessCase('noord', 'c2'),
    assignRegie('noord', 'c2', 'p2'),
    {
      type: 'AddCaseMember',
      teamId: 'noord',
      caseId: 'c2',
      professionalId: 'p3',
      role: 'tandem-practitioner',
    },
    {
      type: 'PlanReflectionSession',
      teamId: 'noord',
      sessionId: 's1',
      kind: 'intervisie',
      on: '2026-09-10',
      hours: 2,
      participants: ['p1', 'p2'],
    },
  )
  const colleague = await server.as('professional', ['noord'], 'p2')
  await record(colleague, {
    type: 'RaiseWorkloadSignal',
    teamId: 'noord',
    signalId: 'w1',
    professionalId: 'p2',
    description: 'Te veel',
  })
  unlinked = await server.as('professional', ['noord'])
})

afterAll(async () => {
  await server?.close()
})

describe('the authorisation matrix', () => {
  let n = 0
  for (const route of ROUTES)
    for (const caller of CALLERS)
      it(`${route.name} as ${caller} → ${route.expected[caller]}`, async () => {
        const response = await route.request(clients[caller], ++n)
        expect(response.status).toBe(route.expected[caller])
      })
})

/** A scenario's command as the API takes it, for team `teamId`. */
const bodyOf = (type: TeamCommandType, teamId: string) => {
  const { _tag, ...fields } = AUTHORITY_SCENARIOS[type].command
  return { type: _tag, ...fields, teamId }
}

/**
 * Every cell of the authority table, over HTTP: each command type previewed (decided exactly as
 * `/api/decisions` would, appending nothing, so every caller meets the same team) by every caller.
 * The professional's account is linked to p1, whom the scenarios are about; the other coach coaches
 * another team, so a command the coach may give is still refused to them.
 */
describe('the authority table over HTTP', () => {
  let n = 0
  /** The grant of the caller's role, or undefined for an anonymous caller. */
  const grantOf = (type: TeamCommandType, caller: Caller) =>
    caller === 'anonymous' ? undefined : AUTHORITY[type][caller === 'otherCoach' ? 'coach' : caller]
  const expected = (type: TeamCommandType, caller: Caller): number => {
    const grant = grantOf(type, caller)
    if (grant === undefined) return 401
    return grant === 'none' || caller === 'otherCoach' ? 403 : 200
  }
  for (const type of Object.keys(AUTHORITY) as TeamCommandType[])
    for (const caller of CALLERS)
      it(`${type} as ${caller} → ${expected(type, caller)}`, async () => {
        const { setting } = AUTHORITY_SCENARIOS[type]
        const teamId = setting === 'unfounded' ? `unfounded-${++n}` : 'noord'
        const open = { type: 'OpenMeeting', teamId, meetingId: 'm1', present: ['p1'] }
        const commands = setting === 'meeting-open' ? [open, bodyOf(type, teamId)] : [bodyOf(type, teamId)]
        const response = await clients[caller].post('/api/commands/preview', { commands })
        expect(response.status, JSON.stringify(response.body)).toBe(expected(type, caller))
        if (grantOf(type, caller) === 'none') {
          expect(response.body.error.code).toBe('NotAllowedForRole')
          expect(response.body.error.message).toEqual(whoMay(type))
        }
      })

  for (const type of ['RecordExpertise', 'RecordAbsence', 'RaiseWorkloadSignal'] as const) {
    it(`${type} about a colleague, as a professional → 403, saying who may`, async () => {
      const response = await clients.professional.post('/api/commands/preview', {
        commands: [{ ...bodyOf(type, 'noord'), professionalId: 'p2' }],
      })
      expect(response.status).toBe(403)
      expect(response.body.error).toMatchObject({ code: 'NotAllowedForRole', message: whoMay(type) })
    })

    it(`${type} as a professional whose account is linked to no professional → 403, saying to link it`, async () => {
      const response = await unlinked.post('/api/commands/preview', { commands: [bodyOf(type, 'noord')] })
      expect(response.status).toBe(403)
      expect(response.body.error.code).toBe('NotAllowedForRole')
      expect(response.body.error.message.nl).toContain('niet gekoppeld')
    })
  }

  it('an admin answering a workload signal is refused, told that the team coach answers it', async () => {
    const response = await clients.admin.command(bodyOf('AnswerWorkloadSignal', 'noord'))
    expect(response.status).toBe(403)
    expect(response.body.error.message.en).toBe('Only the team coach can record this.')
  })
})

import { defaultTeamSettings } from '@tandem/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiClient, type ApiServer, startApiServer } from './support/api-server.ts'
import { foundTeam, registerCase } from './support/commands.ts'

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
    expected: teamRead,
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
    expected: { anonymous: 401, professional: 403, coach: 200, otherCoach: 403, auditor: 403, admin: 403 },
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
    expected: { anonymous: 401, professional: 403, coach: 201, otherCoach: 403, auditor: 403, admin: 403 },
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
  expect((await clients.coach.command(registerCase('noord', 'c1'))).status).toBe(201)
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

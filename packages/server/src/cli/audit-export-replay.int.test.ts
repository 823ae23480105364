import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { insertAccount } from '../accounts/account-store.ts'
import { createApiToken } from '../accounts/credentials.ts'
import { memoryLogger } from '../log/logger.ts'
import { openTandem } from '../tandem.ts'

const AUDIT = join(import.meta.dirname, 'audit.ts')
const folder = mkdtempSync(join(tmpdir(), 'tandem-cli-'))
const url = `sqlite:${join(folder, 'log.db')}`
let beforeRegie = 0

const audit = async (...args: string[]) => {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', AUDIT, ...args], {
      env: { ...process.env, DATABASE_URL: url },
      maxBuffer: 64 * 1024 * 1024,
    })
    return { code: 0, stdout }
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string }
    return { code, stdout }
  }
}

beforeAll(async () => {
  const tandem = await openTandem({
    databaseUrl: url,
    adminToken: 'cli-operator-token-0123',
    log: memoryLogger(),
  })
  const founded = await tandem.app.request('/api/commands', {
    method: 'POST',
    body: JSON.stringify({ type: 'FoundTeam', teamId: 'noord', name: 'Noord' }),
    headers: { authorization: 'Bearer cli-operator-token-0123', 'content-type': 'application/json' },
  })
  expect(founded.status).toBe(201)
  // The operator only founds teams; the team's own story is told by its coach.
  await insertAccount(tandem.db, {
    id: 'cli-coach',
    username: 'cli-coach',
    displayName: 'Coach',
    role: 'coach',
    passwordHash: undefined,
    professionalId: undefined,
    teamIds: ['noord'],
    createdAt: '2026-01-01T00:00:00Z',
  })
  const token = await createApiToken(tandem.db, 'cli-coach', 'cli', new Date())
  const coach = async (body: object) => {
    const response = await tandem.app.request('/api/commands', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    })
    expect(response.status).toBe(201)
    return (await response.json()) as { position: number }
  }
  const professional = {
    teamId: 'noord',
    professionalId: 'p1',
    name: 'Collega',
    discipline: 'pedagoog',
    educationLevel: 'hbo',
    employment: 'employee',
    contractHours: 32,
    joinedOn: '2026-01-05',
    starter: false,
  }
  await coach({ type: 'AddProfessional', ...professional })
  await coach({
    type: 'RecordRegistration',
    teamId: 'noord',
    professionalId: 'p1',
    register: 'SKJ',
    number: 'SKJ-1',
    validFrom: '2024-01-01',
  })
  await coach({
    type: 'RegisterCase',
    teamId: 'noord',
    caseId: 'c1',
    reference: '2026-001',
    receivedOn: '2026-02-01',
    setting: 'ambulant',
    expertiseNeeded: [],
  })
  const assessed = await coach({
    type: 'AssessCase',
    teamId: 'noord',
    caseId: 'c1',
    indicators: { unsafe: true, heavyResponsibility: false, complexProblems: false, highImpact: false },
    intensity: 'heavy',
    reasoning: 'Onveilige thuissituatie volgens school.',
  })
  beforeRegie = assessed.position
  await coach({ type: 'AssignRegie', teamId: 'noord', caseId: 'c1', professionalId: 'p1' })
  await tandem.close()
})

afterAll(() => rmSync(folder, { recursive: true, force: true }))

it('exports the log as NDJSON from a position', async () => {
  const { code, stdout } = await audit('export', '--from', '2')
  expect(code).toBe(0)
  const lines = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { position: number; hash: string })
  expect(lines[0]!.position).toBe(2)
  expect(lines.at(-1)!.position).toBe(beforeRegie + 1)
})

it('replays what the team knew before the regie was assigned', async () => {
  const before = JSON.parse((await audit('replay', '--as-of', String(beforeRegie))).stdout)
  expect(before.teams.noord.unassignedRegie.map((c: { caseId: string }) => c.caseId)).toEqual(['c1'])
  const after = JSON.parse((await audit('replay', '--as-of', String(beforeRegie + 1))).stdout)
  expect(after.teams.noord.unassignedRegie).toEqual([])
})

it('refuses an --as-of that is neither a position nor a moment', async () => {
  expect((await audit('replay', '--as-of', 'yesterday')).code).toBe(2)
})

it('reads --as-of as the HTTP team reads read ?asOf=: a position beyond the head is the head, and both say so', async () => {
  const head = beforeRegie + 1
  const tandem = await openTandem({
    databaseUrl: url,
    adminToken: 'cli-operator-token-0123',
    log: memoryLogger(),
  })
  try {
    const cases: ReadonlyArray<readonly [string, number]> = [
      ['999999', head],
      [String(beforeRegie), beforeRegie],
      [new Date(Date.now() + 60_000).toISOString(), head],
    ]
    for (const [asOf, position] of cases) {
      const replayed = JSON.parse((await audit('replay', '--as-of', asOf)).stdout)
      // An admin may read a team's professionals (no case data), so the operator's token will do.
      const read = await tandem.app.request(`/api/teams/noord/professionals?asOf=${asOf}`, {
        headers: { authorization: 'Bearer cli-operator-token-0123' },
      })
      expect(read.status).toBe(200)
      expect(replayed.asOf.position, asOf).toBe(position)
      expect(((await read.json()) as { asOf: unknown }).asOf, asOf).toEqual(replayed.asOf)
    }
  } finally {
    await tandem.close()
  }
})

import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertAccount } from '../accounts/account-store.ts'
import { createApiToken } from '../accounts/credentials.ts'
import { anyValue, commandBody } from '../testing/command-arbitraries.ts'
import { testTandem } from '../testing/test-deps.ts'

type Tandem = Awaited<ReturnType<typeof testTandem>>

let tandem: Tandem
let headers: Record<string, string>

const post = (body: string) =>
  tandem.app.request('/api/commands', {
    method: 'POST',
    body,
    headers: { ...headers, 'content-type': 'application/json' },
  })

beforeAll(async () => {
  tandem = await testTandem({ adminToken: 'fuzz-operator-token-0123' })
  await insertAccount(tandem.db, {
    id: 'fuzz-coach',
    username: 'fuzz-coach',
    displayName: 'Coach',
    role: 'coach',
    passwordHash: undefined,
    professionalId: undefined,
    teamIds: ['noord'],
    createdAt: '2026-01-01T00:00:00Z',
  })
  headers = { authorization: `Bearer ${await createApiToken(tandem.db, 'fuzz-coach', 'fuzz', new Date())}` }
  const found = await tandem.app.request('/api/commands', {
    method: 'POST',
    body: JSON.stringify({ type: 'FoundTeam', teamId: 'noord', name: 'Noord' }),
    headers: { authorization: 'Bearer fuzz-operator-token-0123', 'content-type': 'application/json' },
  })
  expect(found.status).toBe(201)
})

describe('fuzzing POST /api/commands', () => {
  it('never answers 5xx and never appends on a rejection', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          commandBody.map((body) => JSON.stringify(body)),
          fc.string({ maxLength: 200 }),
        ),
        async (raw) => {
          const before = await tandem.store.head()
          const response = await post(raw)
          expect(response.status).toBeLessThan(500)
          const body = (await response.json()) as {
            error?: { code: string; message: { nl: string; en: string } }
          }
          if (response.status === 201) return
          expect(body.error?.code).toBeTruthy()
          expect(body.error?.message.nl).toBeTruthy()
          expect(await tandem.store.head()).toBe(before)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('never answers 5xx for bodies one field away from a valid command', async () => {
    const valid = {
      type: 'RegisterCase',
      teamId: 'noord',
      caseId: 'c1',
      reference: '2026-001',
      receivedOn: '2026-02-20',
      setting: 'ambulant',
      expertiseNeeded: [],
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(valid)), anyValue, async (field, value) => {
        const before = await tandem.store.head()
        const response = await post(JSON.stringify({ ...valid, caseId: `c-${before}`, [field]: value }))
        expect(response.status).toBeLessThan(500)
        if (response.status !== 201) expect(await tandem.store.head()).toBe(before)
      }),
      { numRuns: 300 },
    )
  })
})

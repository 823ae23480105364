import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertAccount } from '../accounts/account-store.ts'
import { createApiToken } from '../accounts/credentials.ts'
import { anyValue, commandBody } from '../testing/command-arbitraries.ts'
import { testTandem } from '../testing/test-deps.ts'

let tandem: Awaited<ReturnType<typeof testTandem>>
let headers: Record<string, string>

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
  headers = {
    authorization: `Bearer ${await createApiToken(tandem.db, 'fuzz-coach', 'fuzz', new Date())}`,
    'content-type': 'application/json',
  }
  const found = await tandem.app.request('/api/commands', {
    method: 'POST',
    body: JSON.stringify({ type: 'FoundTeam', teamId: 'noord', name: 'Noord' }),
    headers: { authorization: 'Bearer fuzz-operator-token-0123', 'content-type': 'application/json' },
  })
  expect(found.status).toBe(201)
})

const previewBody = fc.oneof(
  fc.record({ commands: fc.array(commandBody, { maxLength: 12 }) }).map((body) => JSON.stringify(body)),
  fc.record({ commands: anyValue }).map((body) => JSON.stringify(body)),
  fc.string({ maxLength: 200 }),
)

describe('fuzzing POST /api/commands/preview', () => {
  it('never answers 5xx and never appends, whatever the commands', async () => {
    const head = await tandem.store.head()
    await fc.assert(
      fc.asyncProperty(previewBody, async (raw) => {
        const response = await tandem.app.request('/api/commands/preview', {
          method: 'POST',
          body: raw,
          headers,
        })
        expect(response.status).toBeLessThan(500)
        if (response.status !== 200) {
          const body = (await response.json()) as { error?: { code: string; message: { nl: string } } }
          expect(body.error?.message.nl).toBeTruthy()
        }
        expect(await tandem.store.head()).toBe(head)
      }),
      { numRuns: 300 },
    )
  })
})

import { insertAccount } from '../accounts/account-store.ts'
import { createApiToken } from '../accounts/credentials.ts'
import { testTandem } from './test-deps.ts'

const OPERATOR_TOKEN = 'fuzz-operator-token-0123'

/**
 * An in-memory Tandem with team `noord` founded and one coach of it, plus the headers of that
 * coach's JSON requests: the start of every test that throws bodies at the command endpoints.
 */
export const coachTandem = async () => {
  const tandem = await testTandem({ adminToken: OPERATOR_TOKEN })
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
  const headers = {
    authorization: `Bearer ${await createApiToken(tandem.db, 'fuzz-coach', 'fuzz', new Date())}`,
    'content-type': 'application/json',
  }
  const found = await tandem.app.request('/api/commands', {
    method: 'POST',
    body: JSON.stringify({ type: 'FoundTeam', teamId: 'noord', name: 'Noord' }),
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}`, 'content-type': 'application/json' },
  })
  if (found.status !== 201) throw new Error(`founding noord answered ${found.status}`)
  return { tandem, headers }
}

import { insertAccount } from '../../../packages/server/src/accounts/account-store.ts'
import { createApiToken } from '../../../packages/server/src/accounts/credentials.ts'
import { openServerDatabase } from '../../../packages/server/src/db/open-server-database.ts'
import { openEventStore } from '../../../packages/server/src/event-store/open-event-store.ts'
import { SCALE, seedTeams, teamIdOf } from './seed-teams.ts'

/**
 * Seeds the database of DATABASE_URL `url` with docs/architecture.md#figures' teams and a coach of all of them;
 * returns the number of events and the coach's bearer token.
 */
export const seedDatabase = async (url: string) => {
  const store = await openEventStore(url)
  const seededEvents = await seedTeams(store)
  await store.close()
  const db = await openServerDatabase({ url })
  await insertAccount(db, {
    id: 'bench-coach',
    username: 'bench-coach',
    displayName: 'Bench coach',
    role: 'coach',
    passwordHash: undefined,
    professionalId: undefined,
    teamIds: Array.from({ length: SCALE.teams }, (_, t) => teamIdOf(t)),
    createdAt: new Date().toISOString(),
  })
  const token = await createApiToken(db, 'bench-coach', 'bench', new Date())
  await db.destroy()
  return { seededEvents, token }
}

import { randomBytes } from 'node:crypto'
import { findLogin, insertAccount, listAccounts, updateAccount } from '../accounts/account-store.ts'
import { hashPassword, verifyPassword } from '../accounts/password.ts'
import type { Role } from '../accounts/principal.ts'
import type { ServerDb } from '../db/open-server-database.ts'
import type { ProjectionRunner } from '../projections/projection-runner.ts'

/** The one password of every demo account; demo mode is for trying Tandem out, never for real data. */
export const DEMO_PASSWORD = 'tandem-demo'

export interface DemoLogin {
  readonly username: string
  readonly role: Role
}

/**
 * The ids the demo log records as actors (`events/demo/`): `coach-1`, `admin-1`, `user-<professional>`,
 * so its timeline names who did what instead of showing erased accounts.
 */
const demoAccountId = (account: { readonly username: string; readonly role: Role }) =>
  account.role === 'professional' ? `user-${account.username}` : `${account.username}-1`

/**
 * Demo accounts for the teams in the log: a coach of every team, an auditor, an admin, and one
 * professional account per team member (username = professional id). Existing names are left alone,
 * so a restart does not reset a changed password.
 */
export const createDemoAccounts = async (
  db: ServerDb,
  runner: ProjectionRunner,
  teamIds: readonly string[],
  now: Date,
): Promise<readonly DemoLogin[]> => {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const wanted: {
    username: string
    role: Role
    teamIds: readonly string[]
    professionalId?: string
    name: string
  }[] = [
    { username: 'coach', role: 'coach', teamIds, name: 'Demo-coach' },
    { username: 'auditor', role: 'auditor', teamIds: [], name: 'Demo-auditor' },
    { username: 'admin', role: 'admin', teamIds: [], name: 'Demo-beheerder' },
  ]
  for (const teamId of teamIds)
    for (const professional of Object.values(runner.views(teamId)?.team.professionals ?? {}))
      wanted.push({
        username: professional.id.toLowerCase(),
        role: 'professional',
        teamIds: [teamId],
        professionalId: professional.id,
        name: professional.name,
      })
  const created: DemoLogin[] = []
  for (const account of wanted) {
    if (!/^[a-z0-9._-]{2,64}$/.test(account.username) || (await findLogin(db, account.username))) continue
    await insertAccount(db, {
      id: demoAccountId(account),
      username: account.username,
      displayName: account.name,
      role: account.role,
      passwordHash,
      professionalId: account.professionalId,
      teamIds: account.teamIds,
      createdAt: now.toISOString(),
    })
    created.push({ username: account.username, role: account.role })
  }
  return created
}

/** The ids `demoAccountId` gives; real accounts get a random UUID, so these are demo accounts. */
const DEMO_ACCOUNT_ID = /^(?:coach-1|auditor-1|admin-1|user-.+)$/

/**
 * For a start outside demo mode on a database a demo once filled: every demo account still on the
 * published demo password gets a random one nobody knows (its sessions end with it), so that password
 * never opens a real installation. The accounts stay, so the timeline still names who did what; an
 * admin can give one a new password. Returns how many were locked.
 */
export const lockDemoLogins = async (db: ServerDb): Promise<number> => {
  let locked = 0
  for (const account of await listAccounts(db)) {
    if (!DEMO_ACCOUNT_ID.test(account.id)) continue
    const hash = (await findLogin(db, account.username))?.password_hash
    if (!hash || !(await verifyPassword(DEMO_PASSWORD, hash))) continue
    await updateAccount(db, account.id, {
      passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
    })
    locked += 1
  }
  return locked
}

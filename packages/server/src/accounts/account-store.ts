import type { ServerDb } from '../db/open-server-database.ts'
import { retryBusy } from '../db/retry-busy.ts'
import type { AccountsTable } from '../db/server-tables.ts'
import type { Role } from './principal.ts'

/** An account as the API shows it: never the password hash. */
export interface Account {
  readonly id: string
  readonly username: string
  readonly displayName: string
  readonly role: Role
  readonly professionalId: string | undefined
  readonly teamIds: readonly string[]
  readonly createdAt: string
}

export interface NewAccount {
  readonly id: string
  readonly username: string
  readonly displayName: string
  readonly role: Role
  readonly passwordHash: string | undefined
  readonly professionalId: string | undefined
  readonly teamIds: readonly string[]
  readonly createdAt: string
}

const ACCOUNT_COLUMNS = [
  'id',
  'username',
  'display_name',
  'role',
  'professional_id',
  'team_ids',
  'created_at',
] as const

const toAccount = (row: Pick<AccountsTable, (typeof ACCOUNT_COLUMNS)[number]>): Account => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role as Role,
  professionalId: row.professional_id ?? undefined,
  teamIds: JSON.parse(row.team_ids) as string[],
  createdAt: row.created_at,
})

const teamIdsJson = (teamIds: readonly string[]) => JSON.stringify([...new Set(teamIds)].sort())

export const insertAccount = async (db: ServerDb, account: NewAccount): Promise<void> => {
  await retryBusy(() =>
    db
      .insertInto('accounts')
      .values({
        id: account.id,
        username: account.username.toLowerCase(),
        display_name: account.displayName,
        role: account.role,
        password_hash: account.passwordHash ?? null,
        professional_id: account.professionalId ?? null,
        team_ids: teamIdsJson(account.teamIds),
        created_at: account.createdAt,
      })
      .execute(),
  )
}

export const findAccount = async (db: ServerDb, id: string): Promise<Account | undefined> => {
  const row = await db.selectFrom('accounts').select(ACCOUNT_COLUMNS).where('id', '=', id).executeTakeFirst()
  return row && toAccount(row)
}

/** The account and its password hash, for login only. */
export const findLogin = async (db: ServerDb, username: string) =>
  db
    .selectFrom('accounts')
    .select(['id', 'password_hash'])
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst()

export const listAccounts = async (db: ServerDb): Promise<readonly Account[]> =>
  (await db.selectFrom('accounts').select(ACCOUNT_COLUMNS).orderBy('username').execute()).map(toAccount)

export interface AccountChanges {
  readonly displayName?: string
  readonly role?: Role
  readonly passwordHash?: string
  readonly professionalId?: string | null
  readonly teamIds?: readonly string[]
}

/** Applies the changes in one statement; returns false when the account does not exist. */
export const updateAccount = async (db: ServerDb, id: string, changes: AccountChanges): Promise<boolean> => {
  const values = {
    ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
    ...(changes.role === undefined ? {} : { role: changes.role }),
    ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
    ...(changes.professionalId === undefined ? {} : { professional_id: changes.professionalId }),
    ...(changes.teamIds === undefined ? {} : { team_ids: teamIdsJson(changes.teamIds) }),
  }
  if (Object.keys(values).length === 0) return (await findAccount(db, id)) !== undefined
  const result = await retryBusy(() =>
    db.updateTable('accounts').set(values).where('id', '=', id).executeTakeFirst(),
  )
  if (Number(result.numUpdatedRows) === 0) return false
  // Requests re-read the account each time, so a session carries no stale role; a new password
  // must still end the sessions opened with the old one.
  if (changes.passwordHash !== undefined)
    await retryBusy(() => db.deleteFrom('sessions').where('account_id', '=', id).execute())
  return true
}

/**
 * Erases the account (AVG/GDPR); its sessions and tokens go with it (foreign keys cascade). The log
 * keeps only the account id as actor, which then points at nothing personal.
 */
export const deleteAccount = async (db: ServerDb, id: string): Promise<boolean> => {
  const result = await retryBusy(() => db.deleteFrom('accounts').where('id', '=', id).executeTakeFirst())
  return Number(result.numDeletedRows) > 0
}

export const countAdmins = async (db: ServerDb): Promise<number> => {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

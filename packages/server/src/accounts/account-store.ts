import type { ServerDb } from '../db/open-server-database.ts'
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

const toAccount = (row: Omit<AccountsTable, 'password_hash'>, teamIds: readonly string[]): Account => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role as Role,
  professionalId: row.professional_id ?? undefined,
  teamIds,
  createdAt: row.created_at,
})

const ACCOUNT_COLUMNS = ['id', 'username', 'display_name', 'role', 'professional_id', 'created_at'] as const

const teamsOf = async (db: ServerDb, accountId: string): Promise<readonly string[]> =>
  (
    await db
      .selectFrom('account_teams')
      .select('team_id')
      .where('account_id', '=', accountId)
      .orderBy('team_id')
      .execute()
  ).map((row) => row.team_id)

export const insertAccount = async (db: ServerDb, account: NewAccount): Promise<void> => {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('accounts')
      .values({
        id: account.id,
        username: account.username.toLowerCase(),
        display_name: account.displayName,
        role: account.role,
        password_hash: account.passwordHash ?? null,
        professional_id: account.professionalId ?? null,
        created_at: account.createdAt,
      })
      .execute()
    if (account.teamIds.length > 0)
      await trx
        .insertInto('account_teams')
        .values(account.teamIds.map((teamId) => ({ account_id: account.id, team_id: teamId })))
        .execute()
  })
}

export const findAccount = async (db: ServerDb, id: string): Promise<Account | undefined> => {
  const row = await db.selectFrom('accounts').select(ACCOUNT_COLUMNS).where('id', '=', id).executeTakeFirst()
  return row && toAccount(row, await teamsOf(db, id))
}

/** The account and its password hash, for login only. */
export const findLogin = async (db: ServerDb, username: string) =>
  db
    .selectFrom('accounts')
    .select(['id', 'password_hash'])
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst()

export const listAccounts = async (db: ServerDb): Promise<readonly Account[]> => {
  const [rows, memberships] = await Promise.all([
    db.selectFrom('accounts').select(ACCOUNT_COLUMNS).orderBy('username').execute(),
    db.selectFrom('account_teams').select(['account_id', 'team_id']).orderBy('team_id').execute(),
  ])
  return rows.map((row) =>
    toAccount(
      row,
      memberships.filter((m) => m.account_id === row.id).map((m) => m.team_id),
    ),
  )
}

export interface AccountChanges {
  readonly displayName?: string
  readonly role?: Role
  readonly passwordHash?: string
  readonly professionalId?: string | null
  readonly teamIds?: readonly string[]
}

/** Applies the changes in one transaction; returns false when the account does not exist. */
export const updateAccount = async (db: ServerDb, id: string, changes: AccountChanges): Promise<boolean> =>
  db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('accounts').select('id').where('id', '=', id).executeTakeFirst()
    if (!exists) return false
    const values = {
      ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
      ...(changes.role === undefined ? {} : { role: changes.role }),
      ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
      ...(changes.professionalId === undefined ? {} : { professional_id: changes.professionalId }),
    }
    if (Object.keys(values).length > 0)
      await trx.updateTable('accounts').set(values).where('id', '=', id).execute()
    if (changes.teamIds !== undefined) {
      await trx.deleteFrom('account_teams').where('account_id', '=', id).execute()
      if (changes.teamIds.length > 0)
        await trx
          .insertInto('account_teams')
          .values(changes.teamIds.map((teamId) => ({ account_id: id, team_id: teamId })))
          .execute()
    }
    // A changed role, password or team list must not live on in sessions opened before it.
    if (changes.role !== undefined || changes.passwordHash !== undefined || changes.teamIds !== undefined)
      await trx.deleteFrom('sessions').where('account_id', '=', id).execute()
    return true
  })

/**
 * Erases the account with its sessions, tokens and memberships (AVG/GDPR). The log keeps only the
 * account id as actor, which then points at nothing personal.
 */
export const deleteAccount = async (db: ServerDb, id: string): Promise<boolean> =>
  db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('account_id', '=', id).execute()
    await trx.deleteFrom('api_tokens').where('account_id', '=', id).execute()
    await trx.deleteFrom('account_teams').where('account_id', '=', id).execute()
    const result = await trx.deleteFrom('accounts').where('id', '=', id).executeTakeFirst()
    return Number(result.numDeletedRows) > 0
  })

export const countAdmins = async (db: ServerDb): Promise<number> => {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

import { type Kysely, type Migration, sql } from 'kysely'

/**
 * Team membership becomes a JSON column of the account: every account write is then one statement.
 * On SQLite that matters, because the event store shares the file from another connection in this
 * process: a multi-statement transaction of ours, open across awaits, would make the store's append
 * wait synchronously on the lock we hold, blocking the event loop we need to finish (see
 * open-server-database.ts).
 */
export const teamIdsColumn = (dialect: 'sqlite' | 'postgres'): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('accounts')
      .addColumn('team_ids', 'text', (column) => column.notNull().defaultTo('[]'))
      .execute()
    const teams =
      dialect === 'sqlite'
        ? sql`(select json_group_array(team_id) from account_teams where account_id = accounts.id)`
        : sql`(select coalesce(json_agg(team_id order by team_id), '[]'::json)::text from account_teams where account_id = accounts.id)`
    await sql`update accounts set team_ids = ${teams} where exists (select 1 from account_teams where account_id = accounts.id)`.execute(
      db,
    )
    await db.schema.dropTable('account_teams').execute()
  },
})

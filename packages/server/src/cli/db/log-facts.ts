import { type Kysely, sql } from 'kysely'
import type { LogHead } from '../../event-store/append-steps.ts'
import type { TandemDatabase } from './open-database.ts'

/** What a manifest records about a log, read inside the snapshot that is backed up. */
export interface LogFacts {
  readonly head: LogHead
  readonly events: number
  readonly schema: { readonly eventLog: readonly string[]; readonly server: readonly string[] }
}

export type SchemaVersion = LogFacts['schema']

const migrations = async (
  db: Kysely<TandemDatabase>,
  tables: readonly string[],
  table: 'kysely_migration' | 'server_migration',
) => {
  // A bare event log (opened by the store alone, never by the server) has no server tables yet.
  if (!tables.includes(table)) return []
  return (await db.selectFrom(table).select('name').orderBy('name').execute()).map((row) => row.name)
}

/** The migrations applied to the event log's tables and to the server's; `tables` are the database's. */
export const readSchema = async (
  db: Kysely<TandemDatabase>,
  tables: readonly string[],
): Promise<SchemaVersion> => ({
  eventLog: await migrations(db, tables, 'kysely_migration'),
  server: await migrations(db, tables, 'server_migration'),
})

/** The recorded head (the log_head row, which verify checks the log against), the events and the migrations applied. */
export const readLogFacts = async (
  db: Kysely<TandemDatabase>,
  tables: readonly string[],
): Promise<LogFacts> => {
  const head = await db
    .selectFrom('log_head')
    .select(['position', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from events`.execute(db)
  return {
    head: { position: Number(head.position), hash: head.hash },
    events: Number(rows[0]!.n),
    schema: await readSchema(db, tables),
  }
}

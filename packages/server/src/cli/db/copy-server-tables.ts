import type { Kysely } from 'kysely'
import { SERVER_TABLES } from '../../db/server-table-list.ts'
import { CopyRefused } from './copy-refused.ts'
import { MIGRATION_TABLES, type OpenedDatabase, type TandemDatabase } from './open-database.ts'

/** Any table, by name: the server tables are copied by one loop over SERVER_TABLES. */
type Tables = Record<string, Record<string, unknown>>

const EVENT_STORE_TABLES = ['events', 'log_head', 'commands'] as const

/** Every table a copy knows what to do with: the store's, the migrators' and SERVER_TABLES. */
const KNOWN_TABLES: ReadonlySet<string> = new Set([
  ...EVENT_STORE_TABLES,
  ...MIGRATION_TABLES,
  ...SERVER_TABLES.map((table) => table.name),
])

/**
 * Refuses a source that holds a table no list here names: it would otherwise be left behind without
 * a word. A table added to the server must be added to SERVER_TABLES (db/server-table-list.ts).
 */
export const refuseUnknownTables = async (source: OpenedDatabase): Promise<void> => {
  const unknown = (await source.tables()).filter((name) => !KNOWN_TABLES.has(name))
  if (unknown.length > 0)
    throw new CopyRefused(
      `the source holds tables this copy does not know: ${unknown.join(', ')}; ` +
        'list them in SERVER_TABLES (packages/server/src/db/server-table-list.ts) so that they are copied or rebuilt',
    )
}

/** The tables of SERVER_TABLES (and the command ids) that hold a row on the target. */
export const serverTablesInUse = async (target: Kysely<TandemDatabase>): Promise<string[]> => {
  const db = target as unknown as Kysely<Tables>
  const used: string[] = []
  for (const name of ['commands', ...SERVER_TABLES.map((table) => table.name)])
    if ((await db.selectFrom(name).selectAll().limit(1).execute()).length > 0) used.push(name)
  return used
}

/**
 * Copies every `'copy'` table of SERVER_TABLES from the source snapshot and empties every
 * `'rebuild'` one, in ONE transaction on the target, so that its server tables are either the
 * source's or untouched. The target's rows are replaced: on a first run it holds none (checked
 * before), on a resumed run they are those an earlier run of this copy wrote.
 */
export const copyServerTables = async (
  source: Kysely<TandemDatabase>,
  target: OpenedDatabase,
  batchSize: number,
): Promise<Record<string, number>> => {
  const from = source as unknown as Kysely<Tables>
  const copied: Record<string, number> = {}
  await (target.db as unknown as Kysely<Tables>).transaction().execute(async (trx) => {
    // Children before parents: sessions and tokens reference accounts.
    for (const table of [...SERVER_TABLES].reverse()) await trx.deleteFrom(table.name).execute()
    for (const table of SERVER_TABLES) {
      if (table.copy !== 'copy') continue
      let count = 0
      let after: unknown
      for (;;) {
        let query = from.selectFrom(table.name).selectAll().orderBy(table.key).limit(batchSize)
        if (after !== undefined) query = query.where(table.key, '>', after)
        const rows = await query.execute()
        if (rows.length === 0) break
        await trx.insertInto(table.name).values(rows).execute()
        count += rows.length
        after = rows.at(-1)![table.key]
      }
      copied[table.name] = count
    }
  })
  return copied
}

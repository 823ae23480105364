import type { Kysely } from 'kysely'
import { CopyRefused } from './copy-refused.ts'
import type { OpenedDatabase, TandemDatabase } from './open-database.ts'

/**
 * Copies the command ids (which make a retried command idempotent) in id order, in batches. A row
 * the target holds already, from an interrupted run, must be the same row; any other is refused.
 */
export const copyCommands = async (
  source: Kysely<TandemDatabase>,
  target: OpenedDatabase,
  batchSize: number,
): Promise<number> => {
  let copied = 0
  let after: string | undefined
  for (;;) {
    let query = source.selectFrom('commands').selectAll().orderBy('command_id').limit(batchSize)
    if (after !== undefined) query = query.where('command_id', '>', after)
    const rows = await query.execute()
    if (rows.length === 0) return copied
    const inserted = await target.db
      .insertInto('commands')
      .values(rows)
      .onConflict((conflict) => conflict.column('command_id').doNothing())
      .returning('command_id')
      .execute()
    if (inserted.length < rows.length) {
      const fresh = new Set(inserted.map((row) => row.command_id))
      const present = rows.filter((row) => !fresh.has(row.command_id))
      const stored = await target.db
        .selectFrom('commands')
        .selectAll()
        .where(
          'command_id',
          'in',
          present.map((row) => row.command_id),
        )
        .execute()
      const byId = new Map(stored.map((row) => [row.command_id, row]))
      for (const row of present) {
        const other = byId.get(row.command_id)
        if (
          !other ||
          other.stream_id !== row.stream_id ||
          Number(other.first_position) !== Number(row.first_position) ||
          Number(other.last_position) !== Number(row.last_position)
        )
          throw new CopyRefused(
            `the target holds command ${row.command_id} with other positions than the source`,
          )
      }
    }
    copied += rows.length
    after = rows.at(-1)!.command_id
  }
}

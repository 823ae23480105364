import type { Kysely } from 'kysely'
import type { LogHead } from '../../event-store/append-steps.ts'
import type { EventRow } from '../../event-store/sql/event-row.ts'
import type { OpenedDatabase, TandemDatabase } from './open-database.ts'

export interface EventRange {
  readonly from: number
  readonly to: number
  readonly batchSize: number
}

const readBatch = (source: Kysely<TandemDatabase>, from: number, range: EventRange): Promise<EventRow[]> =>
  source
    .selectFrom('events')
    .selectAll()
    .where('position', '>=', from)
    .where('position', '<=', range.to)
    .orderBy('position')
    .limit(range.batchSize)
    .execute()

/**
 * Copies the events at positions `from`…`to` of the source snapshot to the target, one transaction
 * per batch (the verbatim writer checks that each continues the target's log). An interrupted copy thus
 * leaves the target holding an exact prefix, which the next run continues. The next batch is read
 * while the current one is written, so the source's reads and the target's writes overlap.
 */
export const copyEvents = async (
  source: Kysely<TandemDatabase>,
  target: OpenedDatabase,
  range: EventRange,
  onBatch: (copiedUpTo: number) => void,
): Promise<LogHead | undefined> => {
  let head: LogHead | undefined
  let rows = range.from <= range.to ? await readBatch(source, range.from, range) : []
  while (rows.length > 0) {
    const next = rows.at(-1)!.position + 1
    const [written, following] = await Promise.all([
      target.writeVerbatim(rows),
      next <= range.to ? readBatch(source, next, range) : Promise.resolve([]),
    ])
    head = written
    onBatch(written.position)
    rows = following
  }
  return head
}

import type { Kysely } from 'kysely'
import type { LogHead } from '../../event-store/append-steps.ts'
import { type OpenedDatabase, readInBatches, type TandemDatabase } from './open-database.ts'

export interface EventRange {
  readonly from: number
  readonly to: number
  readonly batchSize: number
}

/**
 * Copies the events at positions `from`…`to` of the source snapshot to the target, one transaction
 * per batch (the verbatim writer checks that each continues the target's log). An interrupted copy
 * thus leaves the target holding an exact prefix, which the next run continues. The next batch is
 * read while the current one is written, so the source's reads and the target's writes overlap.
 */
export const copyEvents = async (
  source: Kysely<TandemDatabase>,
  target: OpenedDatabase,
  range: EventRange,
  onBatch: (copiedUpTo: number) => void,
): Promise<LogHead | undefined> => {
  const batches = readInBatches(source, range.from, range.to, range.batchSize)[Symbol.asyncIterator]()
  let head: LogHead | undefined
  let next = await batches.next()
  while (!next.done) {
    const [written, following] = await Promise.all([target.writeVerbatim(next.value), batches.next()])
    head = written
    onBatch(written.position)
    next = following
  }
  return head
}

import type { Kysely } from 'kysely'
import type { StoredEvent } from '../event-store.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import { fromRow } from './event-row.ts'

/** The events from position `from` to `to` (both inclusive) in position order, at most `limit`. */
export const readRange = async (
  db: Kysely<EventStoreDatabase>,
  from: number,
  to: number,
  limit?: number,
): Promise<StoredEvent[]> => {
  let query = db
    .selectFrom('events')
    .selectAll()
    .where('position', '>=', from)
    .where('position', '<=', to)
    .orderBy('position')
  if (limit !== undefined) query = query.limit(limit)
  return (await query.execute()).map(fromRow)
}

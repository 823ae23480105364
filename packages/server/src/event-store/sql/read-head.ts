import type { Kysely } from 'kysely'
import type { LogHead } from '../append-steps.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'

/** The log's recorded head; `forUpdate` takes the write lock on it until the transaction ends. */
export const readHead = async (db: Kysely<EventStoreDatabase>, forUpdate: boolean): Promise<LogHead> => {
  const query = db.selectFrom('log_head').select(['position', 'hash']).where('id', '=', 1)
  return (forUpdate ? query.forUpdate() : query).executeTakeFirstOrThrow()
}

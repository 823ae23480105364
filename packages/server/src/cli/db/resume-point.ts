import type { Kysely } from 'kysely'
import type { LogHead } from '../../event-store/append-steps.ts'
import { readHead } from '../../event-store/sql/read-head.ts'
import { CopyRefused } from './copy-refused.ts'
import { serverTablesInUse } from './copy-server-tables.ts'
import { type OpenedDatabase, storeTables, type TandemDatabase } from './open-database.ts'

/**
 * Where a copy starts on the target: position 1 on an empty target, or after the target's head when
 * the target holds an exact prefix of the source (an earlier run was interrupted, or the source has
 * grown since). Because every event's hash chains all those before it, the target's head hash being
 * the source's hash at that same position proves the whole prefix equal; the closing verify then
 * recomputes every hash. Anything else — a target that holds other events, more events, or rows of
 * its own without any event — is refused.
 */
export const resumePoint = async (
  source: Kysely<TandemDatabase>,
  sourceHead: LogHead,
  target: OpenedDatabase,
): Promise<number> => {
  const targetHead = await readHead(storeTables(target.db), false)
  if (targetHead.position === 0) {
    const events = await target.db.selectFrom('events').select('position').limit(1).execute()
    const used = await serverTablesInUse(target.db)
    if (events.length > 0 || used.length > 0)
      throw new CopyRefused(
        `the target is not empty (${[...(events.length > 0 ? ['events'] : []), ...used].join(', ')} hold rows); ` +
          'copy into an empty database, or into one an interrupted copy of this source left',
      )
    return 1
  }
  if (targetHead.position > sourceHead.position)
    throw new CopyRefused(
      `the target holds ${targetHead.position} events, the source only ${sourceHead.position}: it is not a copy of this source`,
    )
  const atSource = await source
    .selectFrom('events')
    .select('hash')
    .where('position', '=', targetHead.position)
    .executeTakeFirst()
  if (atSource?.hash !== targetHead.hash)
    throw new CopyRefused(
      `the target's log is not a prefix of the source's: at position ${targetHead.position} ` +
        `the target has hash ${targetHead.hash}, the source ${atSource?.hash ?? 'no event'}`,
    )
  return targetHead.position + 1
}

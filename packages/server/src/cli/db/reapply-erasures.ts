import type { DatabaseTarget } from './database-target.ts'

/**
 * HOOK, not yet wired to an erasure store: re-applies to a restored or copied database every erasure
 * of a person's data recorded in its log, before the database is handed over.
 *
 * Personal data is to move out of the hash-chained log into an erasable store beside it (keyed by
 * id), each erasure recorded as an event in the log. A backup taken before an erasure still holds
 * that person's data; restored, it would bring it back. Erasures recorded in the restored log itself
 * were applied before the backup was taken, so the ones that matter are those recorded since: the
 * operator must re-apply them (README, "Backups"). When the erasable store lands, this function
 * deletes from it every id that an erasure event in the target's log names — so a copy of an older
 * log, or a restore followed by a copy of the later events, can never resurrect erased data — and
 * returns how many it erased. Until then there is nothing to erase, and it returns 0.
 */
export const reapplyErasures = async (_target: DatabaseTarget): Promise<number> => 0

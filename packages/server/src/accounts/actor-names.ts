import type { ActorNames } from '@tandem/domain'
import type { ServerDb } from '../db/open-server-database.ts'
import { OPERATOR_ACCOUNT_ID } from './principal.ts'

/** What the timeline calls the operator behind `TANDEM_ADMIN_TOKEN`, who has no account row. */
export const OPERATOR_NAME = 'TANDEM_ADMIN_TOKEN'

/**
 * The display names of the accounts behind `ids`, in one query for a whole page of rows: the log
 * keeps only account ids as actors, and an erased account leaves its id pointing at nothing, so
 * such an id maps to null.
 */
export const actorNames = async (db: ServerDb, ids: Iterable<string>): Promise<ActorNames> => {
  const wanted = [...new Set(ids)]
  const names = new Map<string, string | null>(wanted.map((id) => [id, null]))
  if (names.has(OPERATOR_ACCOUNT_ID)) names.set(OPERATOR_ACCOUNT_ID, OPERATOR_NAME)
  if (wanted.length === 0) return names
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute()
  for (const row of rows) names.set(row.id, row.display_name)
  return names
}

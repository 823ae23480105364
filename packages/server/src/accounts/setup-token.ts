import type { ServerDb } from '../db/open-server-database.ts'
import { retryBusy } from '../db/retry-busy.ts'
import { countAdmins } from './account-store.ts'
import { hashSecret, newSecret } from './secrets.ts'

/**
 * At a start without any admin (and without TANDEM_ADMIN_TOKEN) the server prints a one-time link
 * that creates the first admin. A new start replaces an unused token, so only the latest printed
 * link works. Returns undefined when an admin already exists.
 */
export const issueSetupToken = async (db: ServerDb, now: Date): Promise<string | undefined> => {
  if ((await countAdmins(db)) > 0) return undefined
  const token = newSecret()
  // Runs at start-up before serving, so two statements without a transaction are safe here.
  await retryBusy(() => db.deleteFrom('setup_tokens').execute())
  await retryBusy(() =>
    db
      .insertInto('setup_tokens')
      .values({ token_hash: hashSecret(token), created_at: now.toISOString() })
      .execute(),
  )
  return token
}

/** Consumes the token; true exactly once per issued token, and never once an admin exists. */
export const consumeSetupToken = async (db: ServerDb, token: string): Promise<boolean> => {
  const deleted = await retryBusy(() =>
    db.deleteFrom('setup_tokens').where('token_hash', '=', hashSecret(token)).executeTakeFirst(),
  )
  return Number(deleted.numDeletedRows) > 0
}

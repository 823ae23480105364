import type { ServerDb } from '../db/open-server-database.ts'
import { retryBusy } from '../db/retry-busy.ts'
import { findAccount } from './account-store.ts'
import type { Principal } from './principal.ts'
import { hashSecret, newSecret } from './secrets.ts'

/** Browser sessions last a working day and a half: long enough for a meeting day, short if a laptop is lost. */
export const SESSION_HOURS = 36

export interface NewSession {
  readonly token: string
  readonly csrfToken: string
  readonly expiresAt: Date
}

export const createSession = async (db: ServerDb, accountId: string, now: Date): Promise<NewSession> => {
  const session = {
    token: newSecret(),
    csrfToken: newSecret(),
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000),
  }
  await retryBusy(() =>
    db
      .insertInto('sessions')
      .values({
        token_hash: hashSecret(session.token),
        account_id: accountId,
        csrf_token: session.csrfToken,
        expires_at: session.expiresAt.toISOString(),
      })
      .execute(),
  )
  return session
}

export const deleteSession = async (db: ServerDb, token: string): Promise<void> => {
  await retryBusy(() => db.deleteFrom('sessions').where('token_hash', '=', hashSecret(token)).execute())
}

/** Creates a bearer token for scripts; the plain token is returned once and never stored. */
export const createApiToken = async (
  db: ServerDb,
  accountId: string,
  label: string,
  now: Date,
): Promise<string> => {
  const token = newSecret('tdm_')
  await retryBusy(() =>
    db
      .insertInto('api_tokens')
      .values({ token_hash: hashSecret(token), account_id: accountId, label, created_at: now.toISOString() })
      .execute(),
  )
  return token
}

const principalOf = async (
  db: ServerDb,
  accountId: string,
  via: Principal['via'],
  csrfToken: string | undefined,
): Promise<Principal | undefined> => {
  const account = await findAccount(db, accountId)
  return (
    account && {
      accountId: account.id,
      role: account.role,
      teamIds: account.teamIds,
      professionalId: account.professionalId,
      via,
      csrfToken,
    }
  )
}

export const principalForSession = async (
  db: ServerDb,
  token: string,
  now: Date,
): Promise<Principal | undefined> => {
  const session = await db
    .selectFrom('sessions')
    .select(['account_id', 'csrf_token', 'expires_at'])
    .where('token_hash', '=', hashSecret(token))
    .executeTakeFirst()
  if (!session || session.expires_at <= now.toISOString()) return undefined
  return principalOf(db, session.account_id, 'session', session.csrf_token)
}

export const principalForApiToken = async (db: ServerDb, token: string): Promise<Principal | undefined> => {
  const row = await db
    .selectFrom('api_tokens')
    .select('account_id')
    .where('token_hash', '=', hashSecret(token))
    .executeTakeFirst()
  return row && principalOf(db, row.account_id, 'bearer', undefined)
}

import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import { CreateAccountBody, TokenBody, UpdateAccountBody } from '../accounts/account-schemas.ts'
import {
  deleteAccount,
  findAccount,
  insertAccount,
  listAccounts,
  updateAccount,
} from '../accounts/account-store.ts'
import { createApiToken } from '../accounts/credentials.ts'
import { hashPassword } from '../accounts/password.ts'
import type { PrincipalCache } from '../accounts/principal-cache.ts'
import { canManageAccounts } from '../authz/policy.ts'
import type { ServerDb } from '../db/open-server-database.ts'
import { Failure } from '../failures/failure.ts'
import { failures } from '../failures/failures.ts'
import type { AppEnv } from '../http/app-env.ts'
import { decodeBody } from '../http/decode-body.ts'
import { readJsonObject } from '../http/read-json.ts'
import { requirePrincipal } from '../middleware/authenticate.ts'

export interface AccountRouteDeps {
  readonly db: ServerDb
  readonly clock: () => Date
  readonly principals: PrincipalCache
}

const usernameTaken = () =>
  new Failure('Conflict', 'UsernameTaken', {
    nl: 'Deze gebruikersnaam bestaat al.',
    en: 'This user name already exists.',
  })

/** Admin-only account management: list, create, change, erase, and bearer tokens for scripts. */
export const accountRoutes = (deps: AccountRouteDeps) =>
  new Hono<AppEnv>()
    // `/api/accounts/*` also matches `/api/accounts` itself.
    .use('/api/accounts/*', async function adminOnly(c, next) {
      if (!canManageAccounts(requirePrincipal(c.get('principal')))) throw failures.forbidden()
      return next()
    })
    .get('/api/accounts', async (c) => c.json({ accounts: await listAccounts(deps.db) }))
    .post('/api/accounts', async (c) => {
      const body = decodeBody(CreateAccountBody, await readJsonObject(c))
      const id = randomUUID()
      try {
        await insertAccount(deps.db, {
          id,
          username: body.username,
          displayName: body.displayName,
          role: body.role,
          passwordHash: await hashPassword(body.password),
          professionalId: body.professionalId,
          teamIds: body.teamIds ?? [],
          createdAt: deps.clock().toISOString(),
        })
      } catch (error) {
        if (/unique|duplicate/i.test(String(error))) throw usernameTaken()
        throw error
      }
      return c.json({ account: await findAccount(deps.db, id) }, 201)
    })
    .get('/api/accounts/:accountId', async (c) => {
      const account = await findAccount(deps.db, c.req.param('accountId'))
      if (!account) throw failures.notFound()
      return c.json({ account })
    })
    .patch('/api/accounts/:accountId', async (c) => {
      const body = decodeBody(UpdateAccountBody, await readJsonObject(c))
      const { password, ...rest } = body
      const changes = password === undefined ? rest : { ...rest, passwordHash: await hashPassword(password) }
      if (!(await updateAccount(deps.db, c.req.param('accountId'), changes))) throw failures.notFound()
      deps.principals.clear()
      return c.json({ account: await findAccount(deps.db, c.req.param('accountId')) })
    })
    .delete('/api/accounts/:accountId', async (c) => {
      if (!(await deleteAccount(deps.db, c.req.param('accountId')))) throw failures.notFound()
      deps.principals.clear()
      return c.body(null, 204)
    })
    .post('/api/accounts/:accountId/tokens', async (c) => {
      const { label } = decodeBody(TokenBody, await readJsonObject(c))
      const accountId = c.req.param('accountId')
      if (!(await findAccount(deps.db, accountId))) throw failures.notFound()
      return c.json({ token: await createApiToken(deps.db, accountId, label, deps.clock()) }, 201)
    })

import { type Context, Hono } from 'hono'
import { decodeCommandBody, decodeDecisionBody } from '../commands/command-body.ts'
import type { CommandService } from '../commands/command-service.ts'
import type { AppEnv } from '../http/app-env.ts'
import { orThrow } from '../http/or-throw.ts'
import { readDecision } from './decision-request.ts'

export interface CommandRouteDeps {
  readonly commands: CommandService
  /** resolves once the projections include `position`, so a client reads its own write */
  readonly projected: (position: number) => Promise<void>
}

const CORRELATION_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * `POST /api/commands` `{ type, …fields }` and `POST /api/decisions` `{ commands: [...] }`: 401
 * without a login, 400 for a body that fails the schema (every field), 403 when the role (the
 * authority table, saying who may) or the team does not allow a command, 422 when the domain
 * refuses it, 409 on a stale `expectedVersion`; otherwise 201 with the recorded events and the new
 * position. A decision's commands are decided in order and appended in one transaction, all or
 * nothing; its failures name the command by `index`.
 */
export const commandRoutes = (deps: CommandRouteDeps) => {
  const record = (decode: typeof decodeCommandBody) => async (c: Context<AppEnv>) => {
    const { principal, request } = await readDecision(c, decode)
    const header = c.req.header('x-correlation-id')
    const reply = orThrow(
      await deps.commands.execute(
        request,
        principal,
        header && CORRELATION_ID.test(header) ? header : undefined,
      ),
    )
    await deps.projected(reply.position)
    return c.json(reply, 201)
  }
  return new Hono<AppEnv>()
    .post('/api/commands', record(decodeCommandBody))
    .post('/api/decisions', record(decodeDecisionBody))
}

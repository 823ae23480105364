import { Hono } from 'hono'
import { canCommand } from '../authz/policy.ts'
import { decodeCommandBody } from '../commands/command-body.ts'
import type { CommandService } from '../commands/command-service.ts'
import { httpErrors } from '../http/api-error.ts'
import type { AppEnv } from '../http/app-env.ts'
import { readJsonObject } from '../http/read-json.ts'
import { requirePrincipal } from '../middleware/authenticate.ts'

export interface CommandRouteDeps {
  readonly commands: CommandService
  /** resolves once the projections include `position`, so a client reads its own write */
  readonly projected: (position: number) => Promise<void>
}

const CORRELATION_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * `POST /api/commands`: 401 without a login, 400 for a body that fails the schema (every field),
 * 403 when the role or team does not allow the command, 422 when the domain rejects it, 409 on a
 * stale `expectedVersion`; otherwise 201 with the recorded events and the new position.
 */
export const commandRoutes = (deps: CommandRouteDeps) =>
  new Hono<AppEnv>().post('/api/commands', async (c) => {
    const principal = requirePrincipal(c.get('principal'))
    const request = decodeCommandBody(await readJsonObject(c))
    if (!canCommand(principal, request.command._tag, request.command.teamId)) throw httpErrors.forbidden()
    const header = c.req.header('x-correlation-id')
    const reply = await deps.commands.execute(
      request,
      principal,
      header && CORRELATION_ID.test(header) ? header : undefined,
    )
    await deps.projected(reply.position)
    return c.json(reply, 201)
  })

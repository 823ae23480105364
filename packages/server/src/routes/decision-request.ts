import type { Result } from 'effect'
import type { Context } from 'hono'
import type { Principal } from '../accounts/principal.ts'
import { commandRefusal } from '../authz/policy.ts'
import type { DecisionRequest } from '../commands/command-body.ts'
import type { Failure } from '../failures/failure.ts'
import type { AppEnv } from '../http/app-env.ts'
import { orThrow } from '../http/or-throw.ts'
import { readJsonObject } from '../http/read-json.ts'
import { requirePrincipal } from '../middleware/authenticate.ts'

type Decode = (body: Readonly<Record<string, unknown>>) => Result.Result<DecisionRequest, Failure>

/**
 * The common start of the three decision endpoints: authenticate, read and decode the body
 * (`decode` is the one for the body's shape), then authorise every command from the authority
 * table, naming the first refused one by its index when the body listed them.
 */
export const readDecision = async (
  c: Context<AppEnv>,
  decode: Decode,
): Promise<{ readonly principal: Principal; readonly request: DecisionRequest }> => {
  const principal = requirePrincipal(c.get('principal'))
  const request = orThrow(decode(await readJsonObject(c)))
  for (const [index, command] of request.commands.entries()) {
    const refused = commandRefusal(principal, command)
    if (refused) throw request.listed ? refused.at('/commands', index) : refused
  }
  return { principal, request }
}

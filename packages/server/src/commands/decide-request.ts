import { type DecisionContext, decideAll, streamIdOf, type TeamEvent } from '@tandem/domain'
import { Result } from 'effect'
import type { Principal } from '../accounts/principal.ts'
import type { Failure } from '../failures/failure.ts'
import { failures } from '../failures/failures.ts'
import type { DecisionRequest } from './command-body.ts'
import type { CachedState, DeciderCache } from './decider-cache.ts'

/** Who decides, when, and in which meeting (only the one the caller named). */
export const decisionContext = (
  principal: Principal,
  occurredAt: string,
  meetingId: string | undefined,
): DecisionContext => ({
  actor: principal.accountId,
  role: principal.role,
  ...(principal.professionalId === undefined ? {} : { professionalId: principal.professionalId }),
  occurredAt,
  ...(meetingId === undefined ? {} : { meetingId }),
})

/**
 * The team's cached decision state for `request`; with a pinned `expectedVersion` it must be that
 * version (brought up to the store once when the cache is behind it), else the request is stale. Call inside the
 * team's `exclusive` turn.
 */
export const stateFor = async (
  cache: DeciderCache,
  request: DecisionRequest,
): Promise<Result.Result<CachedState, Failure>> => {
  const streamId = streamIdOf(request.teamId)
  const pinned = request.expectedVersion
  let cached = await cache.get(streamId)
  if (pinned !== undefined && cached.version < pinned) cached = await cache.refresh(streamId)
  return pinned !== undefined && cached.version !== pinned
    ? Result.fail(failures.staleVersion(pinned, cached.version))
    : Result.succeed(cached)
}

/**
 * Decides every command of `request` in order against `state` (the domain's `decideAll`): the
 * events of the whole decision, or the refusal of the first command refused, by index when the
 * body listed its commands. The one decision step of `/api/commands`, `/api/decisions` and the
 * preview, so a preview decides exactly as the decision would.
 */
export const decideRequest = (
  request: DecisionRequest,
  state: CachedState['state'],
  context: DecisionContext,
): Result.Result<readonly TeamEvent[], Failure> => {
  const decided = decideAll(request.commands, state, context)
  if (Result.isSuccess(decided)) return Result.succeed(decided.success)
  const { index, rejection } = decided.failure
  const refused = failures.refused(rejection)
  return Result.fail(request.listed ? refused.at('/commands', index) : refused)
}

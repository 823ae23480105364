import {
  caseloadBalance,
  type DecisionPreview,
  nameNormGap,
  normGaps,
  streamIdOf,
  teamProjection,
} from '@tandem/domain'
import { Result } from 'effect'
import type { Principal } from '../accounts/principal.ts'
import type { Failure } from '../failures/failure.ts'
import type { ProjectionRunner } from '../projections/projection-runner.ts'
import { initialTeamViews } from '../projections/team-views.ts'
import type { DecisionRequest } from './command-body.ts'
import { decideRequest, decisionContext, stateFor } from './decide-request.ts'
import type { DeciderCache } from './decider-cache.ts'

export interface PreviewDeps {
  readonly cache: DeciderCache
  readonly runner: ProjectionRunner
  readonly clock: () => Date
}

/** What a decision would do, had it been recorded now. */
export type Preview = DecisionPreview

/**
 * Decides `request` (already authorised) exactly as `/api/decisions` would — the same decoding, the
 * same `decideRequest` against the team's current decision state, the same refusals — and folds the
 * would-be events onto a copy of the team projection. Appends nothing and changes no cached state.
 */
export const previewDecision = async (
  deps: PreviewDeps,
  request: DecisionRequest,
  principal: Principal,
): Promise<Result.Result<Preview, Failure>> => {
  const { teamId } = request
  const occurredAt = deps.clock().toISOString()
  const date = occurredAt.slice(0, 10)
  const context = decisionContext(principal, occurredAt, request.meetingId)
  // Inside the team's queue, so a reload here never races a command's append in this process, and
  // the cached state (which the cache folds in place) is read only during this turn; `decideAll`
  // folds onto copies. Refreshed first: another instance may have appended, and a preview must not
  // refuse (or accept) against a state the store has moved past.
  const decided = await deps.cache.exclusive(streamIdOf(teamId), async () => {
    await deps.cache.refresh(streamIdOf(teamId))
    const current = await stateFor(deps.cache, request)
    return Result.isFailure(current)
      ? Result.fail(current.failure)
      : decideRequest(request, current.success.state, context)
  })
  if (Result.isFailure(decided)) return Result.fail(decided.failure)
  const events = decided.success
  const current = deps.runner.views(teamId)?.team ?? initialTeamViews().team
  const position = deps.runner.teamPosition(teamId)
  // The folds mutate their state (see the domain's Projection): fold onto a copy, never the live views.
  const after = structuredClone(current)
  for (const [offset, event] of events.entries())
    teamProjection.evolve(after, {
      event,
      position: position + offset + 1,
      recordedAt: occurredAt,
      metadata: context,
    })
  return Result.succeed({
    events: events.map(({ _tag, ...data }) => ({ type: _tag, data })),
    before: caseloadBalance(current, date),
    after: caseloadBalance(after, date),
    normGaps: normGaps(after, date).map((gap) => nameNormGap(after, gap)),
  })
}

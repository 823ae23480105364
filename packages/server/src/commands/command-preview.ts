import {
  caseloadBalance,
  type DecisionPreview,
  decide,
  evolve,
  nameNormGap,
  normGaps,
  streamIdOf,
  type TeamEvent,
  teamProjection,
} from '@tandem/domain'
import { Result } from 'effect'
import type { Principal } from '../accounts/principal.ts'
import type { ProjectionRunner } from '../projections/projection-runner.ts'
import { initialTeamViews } from '../projections/team-views.ts'
import type { CommandRequest } from './command-body.ts'
import type { DeciderCache } from './decider-cache.ts'
import { rejectionError } from './rejection-error.ts'

export interface PreviewDeps {
  readonly cache: DeciderCache
  readonly runner: ProjectionRunner
  readonly clock: () => Date
}

/** What a batch of commands would do, had they been recorded now. */
export type Preview = DecisionPreview

/**
 * Decides `requests` (one team's, already authorised) one after another against the team's current
 * decision state, each seeing the events of those before it, and folds the would-be events onto a
 * copy of the team projection. Appends nothing and changes no cached state. A rejection is thrown as
 * the 422 `/api/commands` would give, with the `index` of the command that failed.
 */
export const previewCommands = async (
  deps: PreviewDeps,
  requests: readonly CommandRequest[],
  principal: Principal,
): Promise<Preview> => {
  const teamId = requests[0]!.command.teamId
  const streamId = streamIdOf(teamId)
  const occurredAt = deps.clock().toISOString()
  const date = occurredAt.slice(0, 10)
  // Inside the team's queue, so a reload here never races a command's append in this process, and
  // the cached state (which the cache folds in place) is read only during this turn; the pure
  // `evolve` below folds onto copies.
  const { context, events } = await deps.cache.exclusive(streamId, async () => {
    let { state } = await deps.cache.get(streamId)
    const meetingId = state.status === 'founded' ? state.openMeetingId : undefined
    const context = {
      actor: principal.accountId,
      role: principal.role,
      occurredAt,
      ...(meetingId === undefined ? {} : { meetingId }),
    }
    const events: TeamEvent[] = []
    for (const [index, request] of requests.entries()) {
      const decision = decide(request.command, state, context)
      if (Result.isFailure(decision)) throw rejectionError(decision.failure).at('/commands', index)
      for (const event of decision.success) {
        state = evolve(state, event)
        events.push(event)
      }
    }
    return { context, events }
  })
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
  return {
    events: events.map(({ _tag, ...data }) => ({ type: _tag, data })),
    before: caseloadBalance(current, date),
    after: caseloadBalance(after, date),
    normGaps: normGaps(after, date).map((gap) => nameNormGap(after, gap)),
  }
}

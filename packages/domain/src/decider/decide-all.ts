import { Result } from 'effect'
import type { TeamCommand } from '../commands/index.ts'
import type { DomainRejection } from '../errors/domain-rejection.ts'
import type { TeamEvent } from '../events/index.ts'
import type { DecisionContext } from './context.ts'
import { decide } from './decide.ts'
import { evolve } from './evolve.ts'
import type { TeamDecisionState } from './state.ts'

/** Why a decision of several commands records nothing: the first command refused, by its index. */
export interface RefusedCommand {
  readonly index: number
  readonly rejection: DomainRejection
}

/** What `decideAll` returns: the events of every command, in order, or the first refusal. */
export type DecisionOfAll = Result.Result<readonly TeamEvent[], RefusedCommand>

/**
 * Decides one decision made of several commands — regie with its tandem partner, or the meeting's
 * accepted proposals — in order, each against the state the commands before it produced, so the
 * partner is checked against the new regisseur. All or nothing: one refusal refuses the whole
 * decision, naming the command by its index. Pure, like `decide`; `state` is not changed (the
 * intermediate states are `evolve`'s copies).
 */
export const decideAll = (
  commands: readonly TeamCommand[],
  state: TeamDecisionState,
  context: DecisionContext,
): DecisionOfAll => {
  const events: TeamEvent[] = []
  let current = state
  for (const [index, command] of commands.entries()) {
    const decision = decide(command, current, context)
    if (Result.isFailure(decision)) return Result.fail({ index, rejection: decision.failure })
    events.push(...decision.success)
    // The last command's events need no fold: nothing decides against them here.
    if (index < commands.length - 1) current = decision.success.reduce(evolve, current)
  }
  return Result.succeed(events)
}

import { Result } from 'effect'
import type { CommandOf } from '../commands/index.ts'
import { reject } from '../errors/domain-rejection.ts'
import { type DecisionContext, todayOf } from './context.ts'
import { check, type Decision, freshId, openCase } from './decision.ts'
import type { FoundedTeam } from './state.ts'

/** A new case, under a reference the team has not used before (so the agenda is unambiguous). */
export const registerCase = (command: CommandOf<'RegisterCase'>, team: FoundedTeam): Decision =>
  Result.gen(function* () {
    yield* check(freshId(team.cases.has(command.caseId), 'caseId'))
    if (team.caseIdByReference.has(command.reference)) {
      return yield* Result.fail(
        reject({
          code: 'DuplicateReference',
          path: 'reference',
          nl: `Kenmerk ${command.reference} is al in gebruik in dit team; kies een ander kenmerk.`,
          en: `Reference ${command.reference} is already used in this team; choose another.`,
        }),
      )
    }
    const { _tag, ...registered } = command
    return [{ _tag: 'CaseRegistered', ...registered }] as const
  })

/**
 * R2/R8 — the team weighs the case. A new assessment is always accepted, even when it makes the
 * current regie no longer fit the norm: the assessment is a fact the team must not be kept from
 * recording, and the read side shows the case as out of line (unassigned regie, norm audit).
 */
export const assessCase = (command: CommandOf<'AssessCase'>, team: FoundedTeam): Decision =>
  Result.gen(function* () {
    yield* openCase(team, command.caseId)
    const { _tag, ...assessed } = command
    return [{ _tag: 'CaseAssessed', ...assessed }] as const
  })

export const closeCase = (
  command: CommandOf<'CloseCase'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    yield* openCase(team, command.caseId)
    const { teamId, caseId, reason, closedOn = todayOf(context) } = command
    return [{ _tag: 'CaseClosed', teamId, caseId, closedOn, reason }] as const
  })

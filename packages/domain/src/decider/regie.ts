import { Result } from 'effect'
import type { CommandOf } from '../commands/index.ts'
import { reject } from '../errors/domain-rejection.ts'
import { mayEstablishPlan } from '../rules/plan-rules.ts'
import { mayHoldRegie } from '../rules/regie-rules.ts'
import { type DecisionContext, todayOf } from './context.ts'
import { activeProfessional, check, type Decision, openCase } from './decision.ts'
import type { FoundedTeam } from './state.ts'

/** R1/R2/R3/R6/R7/R10: one regisseur, registered when the case needs it, or a recorded exemption. */
export const assignRegie = (
  command: CommandOf<'AssignRegie'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    const theCase = yield* openCase(team, command.caseId)
    const professional = yield* activeProfessional(team, command.professionalId)
    const { teamId, caseId, professionalId, exemption } = command
    yield* check(mayHoldRegie({ team, professional, theCase, exemption, on: todayOf(context) }))
    return [
      { _tag: 'RegieAssigned', teamId, caseId, professionalId, ...(exemption ? { exemption } : {}) },
    ] as const
  })

/** Releasing leaves the case without regie (R10): the next meeting's first item. */
export const releaseRegie = (command: CommandOf<'ReleaseRegie'>, team: FoundedTeam): Decision =>
  Result.gen(function* () {
    const theCase = yield* openCase(team, command.caseId)
    if (theCase.regie?.professionalId !== command.professionalId) {
      return yield* Result.fail(
        reject({
          code: 'NotRegisseur',
          rule: 'R10',
          path: 'professionalId',
          nl: `Deze professional voert geen regie over casus ${theCase.reference}.`,
          en: `This professional does not hold regie over case ${theCase.reference}.`,
        }),
      )
    }
    const { teamId, caseId, professionalId, reason } = command
    return [{ _tag: 'RegieReleased', teamId, caseId, professionalId, reason }] as const
  })

/** R4/R5: the regisseur sets the help plan, a registered behavioural scientist the treatment plan. */
export const establishPlan = (
  command: CommandOf<'EstablishPlan'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    const theCase = yield* openCase(team, command.caseId)
    yield* activeProfessional(team, command.establishedBy, 'establishedBy')
    const { teamId, caseId, kind, establishedBy, on = todayOf(context), reviewOn } = command
    yield* check(mayEstablishPlan(team, theCase, kind, establishedBy, todayOf(context)))
    return [
      { _tag: 'PlanEstablished', teamId, caseId, kind, establishedBy, on, ...(reviewOn ? { reviewOn } : {}) },
    ] as const
  })

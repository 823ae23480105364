import { Result } from 'effect'
import type { CommandOf } from '../commands/index.ts'
import { reject } from '../errors/domain-rejection.ts'
import { signalIsOpen } from '../rules/workload-rules.ts'
import { type DecisionContext, todayOf } from './context.ts'
import { activeProfessional, check, type Decision, freshId } from './decision.ts'
import type { FoundedTeam } from './state.ts'

/**
 * R11 — Model Professioneel Statuut: the professional "problemen tijdig signaleert"; every team member
 * may raise a workload signal, for themselves only (the authority table), without anyone's permission.
 */
export const raiseWorkloadSignal = (
  command: CommandOf<'RaiseWorkloadSignal'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    yield* check(freshId(team.signals.has(command.signalId), 'signalId'))
    yield* activeProfessional(team, command.professionalId)
    const { teamId, signalId, professionalId, description } = command
    return [
      {
        _tag: 'WorkloadSignalRaised',
        teamId,
        signalId,
        professionalId,
        raisedOn: todayOf(context),
        description,
      },
    ] as const
  })

/** R11: the organisation answers, once, through the team's coach (the authority table). */
export const answerWorkloadSignal = (
  command: CommandOf<'AnswerWorkloadSignal'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    const signal = team.signals.get(command.signalId)
    if (!signal) {
      return yield* Result.fail(
        reject({
          code: 'UnknownSignal',
          path: 'signalId',
          nl: 'Dit werkdruksignaal is niet bekend in dit team.',
          en: 'This workload signal is not known to this team.',
        }),
      )
    }
    yield* check(signalIsOpen(signal))
    const { teamId, signalId, answer } = command
    return [
      { _tag: 'WorkloadSignalAnswered', teamId, signalId, answeredOn: todayOf(context), answer },
    ] as const
  })

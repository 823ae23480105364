import { Result } from 'effect'
import type { CommandOf } from '../commands/index.ts'
import { reject } from '../errors/domain-rejection.ts'
import type { TeamEvent } from '../events/index.ts'
import { gezinshuisKeepsExpert } from '../rules/case-member-rules.ts'
import { type DecisionContext, todayOf } from './context.ts'
import { activeProfessional, check, type Decision, freshId, validPeriod } from './decision.ts'
import type { FoundedTeam } from './state.ts'

export const addProfessional = (
  command: CommandOf<'AddProfessional'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    yield* check(freshId(team.professionals.has(command.professionalId), 'professionalId'))
    const { _tag, joinedOn = todayOf(context), ...joined } = command
    return [{ _tag: 'ProfessionalJoined', ...joined, joinedOn }] as const
  })

export const changeContract = (
  command: CommandOf<'ChangeContract'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    yield* activeProfessional(team, command.professionalId)
    const { teamId, professionalId, contractHours, effectiveFrom = todayOf(context) } = command
    return [{ _tag: 'ContractChanged', teamId, professionalId, contractHours, effectiveFrom }] as const
  })

export const recordExpertise = (command: CommandOf<'RecordExpertise'>, team: FoundedTeam): Decision =>
  Result.gen(function* () {
    yield* activeProfessional(team, command.professionalId)
    const { teamId, professionalId, expertise } = command
    return [{ _tag: 'ExpertiseRecorded', teamId, professionalId, expertise }] as const
  })

export const recordAbsence = (command: CommandOf<'RecordAbsence'>, team: FoundedTeam): Decision =>
  Result.gen(function* () {
    const professional = yield* activeProfessional(team, command.professionalId)
    const used = [...team.professionals.values()].some((p) =>
      p.absences.some((absence) => absence.absenceId === command.absenceId),
    )
    yield* check(freshId(used, 'absenceId') ?? validPeriod(command.from, command.until, 'until'))
    const { teamId, absenceId, kind, from, until } = command
    return [
      {
        _tag: 'AbsenceRecorded',
        teamId,
        professionalId: professional.professionalId,
        absenceId,
        kind,
        from,
        until,
      },
    ] as const
  })

/**
 * A colleague leaves: their regie and case roles end in the same decision, so no case points at
 * someone gone; the cases then show as unassigned regie (R10) for the next meeting. Refused while
 * they carry responsibility someone else relies on (an intern's supervisor R6, the only expert of
 * a gezinshuis R5), because that needs a decision of the team first.
 */
export const removeProfessional = (
  command: CommandOf<'RemoveProfessional'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    const { teamId, professionalId, leftOn = todayOf(context) } = command
    yield* activeProfessional(team, professionalId)
    const today = todayOf(context)
    const events: TeamEvent[] = []
    for (const theCase of team.cases.values()) {
      if (theCase.status !== 'open') continue
      const supervises = [...theCase.members.values()].some((m) => m.supervisorId === professionalId)
      if (supervises) {
        return yield* Result.fail(
          reject({
            code: 'InternNeedsSupervisor',
            rule: 'R6',
            path: 'professionalId',
            nl: `Deze collega begeleidt een stagiair op casus ${theCase.reference}. Regel eerst een andere geregistreerde begeleider.`,
            en: `This colleague supervises an intern on case ${theCase.reference}. Arrange another registered supervisor first.`,
          }),
        )
      }
      yield* check(gezinshuisKeepsExpert(team, theCase, professionalId, today))
      const { caseId } = theCase
      const reason = 'Vertrokken uit het team'
      if (theCase.regie?.professionalId === professionalId) {
        events.push({ _tag: 'RegieReleased', teamId, caseId, professionalId, reason })
      }
      if (theCase.members.has(professionalId)) {
        events.push({ _tag: 'CaseMemberRemoved', teamId, caseId, professionalId, reason })
      }
    }
    events.push({ _tag: 'ProfessionalLeftTeam', teamId, professionalId, leftOn })
    return events
  })

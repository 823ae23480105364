import { Result } from 'effect'
import type { CommandOf } from '../commands/index.ts'
import { reject } from '../errors/domain-rejection.ts'
import { gezinshuisKeepsExpert } from '../rules/case-member-rules.ts'
import { mayJoinCase } from '../rules/join-case.ts'
import { type DecisionContext, todayOf } from './context.ts'
import { activeProfessional, check, type Decision, openCase } from './decision.ts'
import type { FoundedTeam } from './state.ts'

export const addCaseMember = (
  command: CommandOf<'AddCaseMember'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    const theCase = yield* openCase(team, command.caseId)
    const professional = yield* activeProfessional(team, command.professionalId)
    const { teamId, caseId, professionalId, role, supervisorId, contactIntervalDays, exemption } = command
    const on = todayOf(context)
    yield* check(mayJoinCase({ team, professional, theCase, role, supervisorId, exemption, on }))
    return [
      {
        _tag: 'CaseMemberAdded',
        teamId,
        caseId,
        professionalId,
        role,
        ...(role === 'intern' && supervisorId ? { supervisorId } : {}),
        ...(role === 'tandem-practitioner' && contactIntervalDays ? { contactIntervalDays } : {}),
        ...(exemption ? { exemption } : {}),
      },
    ] as const
  })

export const removeCaseMember = (
  command: CommandOf<'RemoveCaseMember'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    const theCase = yield* openCase(team, command.caseId)
    const { teamId, caseId, professionalId, reason } = command
    if (!theCase.members.has(professionalId)) {
      return yield* Result.fail(
        reject({
          code: 'NotOnCase',
          path: 'professionalId',
          nl: `Deze professional werkt niet mee aan casus ${theCase.reference} (de regie laat je los met 'regie loslaten').`,
          en: `This professional is not a member of case ${theCase.reference} (regie is released with 'release regie').`,
        }),
      )
    }
    yield* check(gezinshuisKeepsExpert(team, theCase, professionalId, todayOf(context)))
    return [{ _tag: 'CaseMemberRemoved', teamId, caseId, professionalId, reason }] as const
  })

/**
 * R4 — Samen werken aan professionalisering: "Zorg voor duidelijke afspraken, structureel contact": regisseur and
 * practitioner met.
 */
export const recordTandemContact = (
  command: CommandOf<'RecordTandemContact'>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision =>
  Result.gen(function* () {
    const theCase = yield* openCase(team, command.caseId)
    const { teamId, caseId, practitionerId, on = todayOf(context) } = command
    if (theCase.members.get(practitionerId)?.role !== 'tandem-practitioner') {
      return yield* Result.fail(
        reject({
          code: 'NotATandemPractitioner',
          rule: 'R4',
          path: 'practitionerId',
          nl: 'Deze professional is geen tandempartner op deze casus.',
          en: 'This professional is not a tandem practitioner on this case.',
        }),
      )
    }
    if (!theCase.regie) {
      return yield* Result.fail(
        reject({
          code: 'CaseHasNoRegisseur',
          rule: 'R10',
          path: 'caseId',
          nl: 'Deze casus heeft geen regisseur; wijs eerst de regie toe.',
          en: 'This case has no regisseur; assign regie first.',
        }),
      )
    }
    const regisseurId = theCase.regie.professionalId
    return [{ _tag: 'TandemContactRecorded', teamId, caseId, regisseurId, practitionerId, on }] as const
  })

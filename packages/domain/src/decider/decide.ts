import { Result } from 'effect'
import type { TeamCommand } from '../commands/index.ts'
import { reject } from '../errors/domain-rejection.ts'
import { mayDecide } from '../rules/authority.ts'
import { addCaseMember, recordTandemContact, removeCaseMember } from './case-members.ts'
import { assessCase, closeCase, registerCase } from './cases.ts'
import type { DecisionContext } from './context.ts'
import type { Decision } from './decision.ts'
import { closeMeeting, meetingIsOpen, openMeeting } from './meeting.ts'
import {
  addProfessional,
  changeContract,
  recordAbsence,
  recordExpertise,
  removeProfessional,
} from './professionals.ts'
import { cancelReflectionSession, holdReflectionSession, planReflectionSession } from './reflection.ts'
import { assignRegie, establishPlan, releaseRegie } from './regie.ts'
import { endRegistration, recordRegistration, renewRegistration } from './registrations.ts'
import type { FoundedTeam, TeamDecisionState } from './state.ts'
import { changeTeamSettings, foundTeam } from './team.ts'
import { answerWorkloadSignal, raiseWorkloadSignal } from './workload.ts'

/**
 * Decides a command against the team's current state: the events to append, or a typed rejection.
 * Pure and total — never throws, never reads a clock; "today" is the date of `context.occurredAt`.
 * A rejection appends nothing.
 */
export const decide = (
  command: TeamCommand,
  state: TeamDecisionState,
  context: DecisionContext,
): Decision => {
  const refused = mayDecide(command, context)
  if (refused) return Result.fail(refused)
  if (command._tag === 'FoundTeam') return foundTeam(command, state, context)
  if (state.status !== 'founded') {
    return Result.fail(
      reject({
        code: 'TeamNotFounded',
        path: 'teamId',
        nl: 'Dit team is nog niet gestart in Tandem.',
        en: 'This team has not been founded in Tandem yet.',
      }),
    )
  }
  if (command.teamId !== state.teamId) {
    return Result.fail(
      reject({
        code: 'TeamMismatch',
        path: 'teamId',
        nl: 'Deze opdracht hoort bij een ander team.',
        en: 'This command belongs to another team.',
      }),
    )
  }
  const notInMeeting = command._tag === 'OpenMeeting' ? undefined : meetingIsOpen(state, context.meetingId)
  return notInMeeting ? Result.fail(notInMeeting) : decideFounded(command, state, context)
}

const decideFounded = (
  command: Exclude<TeamCommand, { readonly _tag: 'FoundTeam' }>,
  team: FoundedTeam,
  context: DecisionContext,
): Decision => {
  switch (command._tag) {
    case 'ChangeTeamSettings':
      return changeTeamSettings(command)
    case 'OpenMeeting':
      return openMeeting(command, team, context)
    case 'CloseMeeting':
      return closeMeeting(command, team)
    case 'AddProfessional':
      return addProfessional(command, team, context)
    case 'ChangeContract':
      return changeContract(command, team, context)
    case 'RecordRegistration':
      return recordRegistration(command, team)
    case 'RenewRegistration':
      return renewRegistration(command, team)
    case 'EndRegistration':
      return endRegistration(command, team, context)
    case 'RecordExpertise':
      return recordExpertise(command, team)
    case 'RecordAbsence':
      return recordAbsence(command, team)
    case 'RemoveProfessional':
      return removeProfessional(command, team, context)
    case 'RegisterCase':
      return registerCase(command, team)
    case 'AssessCase':
      return assessCase(command, team)
    case 'AssignRegie':
      return assignRegie(command, team, context)
    case 'ReleaseRegie':
      return releaseRegie(command, team)
    case 'AddCaseMember':
      return addCaseMember(command, team, context)
    case 'RemoveCaseMember':
      return removeCaseMember(command, team, context)
    case 'RecordTandemContact':
      return recordTandemContact(command, team, context)
    case 'EstablishPlan':
      return establishPlan(command, team, context)
    case 'CloseCase':
      return closeCase(command, team, context)
    case 'PlanReflectionSession':
      return planReflectionSession(command, team)
    case 'HoldReflectionSession':
      return holdReflectionSession(command, team)
    case 'CancelReflectionSession':
      return cancelReflectionSession(command, team)
    case 'RaiseWorkloadSignal':
      return raiseWorkloadSignal(command, team, context)
    case 'AnswerWorkloadSignal':
      return answerWorkloadSignal(command, team, context)
    default: {
      const unhandled: never = command
      return unhandled
    }
  }
}

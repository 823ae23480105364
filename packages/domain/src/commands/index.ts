import { Schema } from 'effect'
import {
  AddCaseMember,
  AssessCase,
  AssignRegie,
  CloseCase,
  EstablishPlan,
  RecordTandemContact,
  RegisterCase,
  ReleaseRegie,
  RemoveCaseMember,
} from './case-commands.ts'
import {
  AddProfessional,
  ChangeContract,
  EndRegistration,
  RecordAbsence,
  RecordExpertise,
  RecordRegistration,
  RemoveProfessional,
  RenewRegistration,
} from './professional-commands.ts'
import {
  AnswerWorkloadSignal,
  CancelReflectionSession,
  HoldReflectionSession,
  PlanReflectionSession,
  RaiseWorkloadSignal,
} from './reflection-commands.ts'
import { ChangeTeamSettings, CloseMeeting, FoundTeam, OpenMeeting } from './team-commands.ts'

export * from './case-commands.ts'
export * from './professional-commands.ts'
export * from './reflection-commands.ts'
export * from './team-commands.ts'

/**
 * Every command on a team's stream; `_tag` is the command type. Each carries its `teamId`, and every
 * id it creates (case, session, signal, …) is chosen by the caller, so a retried command is the same
 * command.
 */
export const TeamCommand = Schema.Union([
  FoundTeam,
  ChangeTeamSettings,
  OpenMeeting,
  CloseMeeting,
  AddProfessional,
  ChangeContract,
  RecordRegistration,
  RenewRegistration,
  EndRegistration,
  RecordExpertise,
  RecordAbsence,
  RemoveProfessional,
  RegisterCase,
  AssessCase,
  AssignRegie,
  ReleaseRegie,
  AddCaseMember,
  RemoveCaseMember,
  RecordTandemContact,
  EstablishPlan,
  CloseCase,
  PlanReflectionSession,
  HoldReflectionSession,
  CancelReflectionSession,
  RaiseWorkloadSignal,
  AnswerWorkloadSignal,
])
export type TeamCommand = typeof TeamCommand.Type
export type TeamCommandType = TeamCommand['_tag']
export type CommandOf<T extends TeamCommandType> = Extract<TeamCommand, { readonly _tag: T }>

/** The team a command is for: its stream is `streamIdOf(teamIdOf(command))`. */
export const teamIdOf = (command: TeamCommand): string => command.teamId

/** One stream per team: the team is the consistency boundary of every decision. */
export const streamIdOf = (teamId: string): string => `team-${teamId}`

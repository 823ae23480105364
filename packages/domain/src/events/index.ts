import { Schema } from 'effect'
import {
  CaseAssessed,
  CaseClosed,
  CaseMemberAdded,
  CaseMemberRemoved,
  CaseRegistered,
  PlanEstablished,
  RegieAssigned,
  RegieReleased,
  TandemContactRecorded,
} from './case-events.ts'
import {
  AbsenceRecorded,
  ContractChanged,
  ExpertiseRecorded,
  ProfessionalJoined,
  ProfessionalLeftTeam,
  RegistrationEnded,
  RegistrationRecorded,
  RegistrationRenewed,
} from './professional-events.ts'
import {
  ReflectionSessionCancelled,
  ReflectionSessionHeld,
  ReflectionSessionPlanned,
  WorkloadSignalAnswered,
  WorkloadSignalRaised,
} from './reflection-events.ts'
import { MeetingClosed, MeetingOpened, TeamFounded, TeamSettingsChanged } from './team-events.ts'

export * from './case-events.ts'
export * from './professional-events.ts'
export * from './reflection-events.ts'
export * from './team-events.ts'

/**
 * Every event of a team's stream. The `_tag` is the stored event type; the team is the consistency
 * boundary, since the weekly meeting decides for the whole team at once.
 */
export const TeamEvent = Schema.Union([
  TeamFounded,
  TeamSettingsChanged,
  MeetingOpened,
  MeetingClosed,
  ProfessionalJoined,
  ContractChanged,
  RegistrationRecorded,
  RegistrationRenewed,
  RegistrationEnded,
  ExpertiseRecorded,
  AbsenceRecorded,
  ProfessionalLeftTeam,
  CaseRegistered,
  CaseAssessed,
  RegieAssigned,
  RegieReleased,
  CaseMemberAdded,
  CaseMemberRemoved,
  TandemContactRecorded,
  PlanEstablished,
  CaseClosed,
  ReflectionSessionPlanned,
  ReflectionSessionHeld,
  ReflectionSessionCancelled,
  WorkloadSignalRaised,
  WorkloadSignalAnswered,
])
export type TeamEvent = typeof TeamEvent.Type
export type TeamEventType = TeamEvent['_tag']
export type EventOf<T extends TeamEventType> = Extract<TeamEvent, { readonly _tag: T }>

/** A professional's events: the decider and the team projection each fold them (`evolveProfessional`). */
export type ProfessionalEvent = EventOf<
  | 'ProfessionalJoined'
  | 'ContractChanged'
  | 'RegistrationRecorded'
  | 'RegistrationRenewed'
  | 'RegistrationEnded'
  | 'ExpertiseRecorded'
  | 'AbsenceRecorded'
  | 'ProfessionalLeftTeam'
>

/** A case's events: the decider and the team projection each fold them (`evolveCase`). */
export type CaseEvent = EventOf<
  | 'CaseRegistered'
  | 'CaseAssessed'
  | 'RegieAssigned'
  | 'RegieReleased'
  | 'CaseMemberAdded'
  | 'CaseMemberRemoved'
  | 'TandemContactRecorded'
  | 'PlanEstablished'
  | 'CaseClosed'
>

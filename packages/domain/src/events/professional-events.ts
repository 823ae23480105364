import { Schema } from 'effect'
import {
  AbsenceId,
  DateOnly,
  Positive,
  ProfessionalId,
  RegistrationNumber,
  TeamId,
  Text,
} from '../shared/primitives.ts'
import {
  AbsenceKind,
  Discipline,
  EducationLevel,
  Employment,
  Register,
  RegistrationEndReason,
} from '../shared/vocabulary.ts'

/**
 * A professional joined the team. `name` is the colleague's work name as the team knows it; it is
 * never a client's (docs/architecture.md#privacy-and-access).
 */
export const ProfessionalJoined = Schema.TaggedStruct('ProfessionalJoined', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  name: Text,
  discipline: Discipline,
  educationLevel: EducationLevel,
  employment: Employment,
  /** the mother organisation of a seconded professional */
  motherOrganisation: Schema.optionalKey(Text),
  contractHours: Positive,
  joinedOn: DateOnly,
  /** starters carry a reduced capacity in their first year (docs/architecture.md#weighting-and-capacity) */
  starter: Schema.Boolean,
})

export const ContractChanged = Schema.TaggedStruct('ContractChanged', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  contractHours: Positive,
  effectiveFrom: DateOnly,
})

/**
 * An entry in the SKJ or BIG register; SKJ registration is valid five years (Samen werken aan professionalisering).
 */
export const RegistrationRecorded = Schema.TaggedStruct('RegistrationRecorded', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  register: Register,
  number: RegistrationNumber,
  validFrom: DateOnly,
  validUntil: DateOnly,
})

/** Re-registration for a new period (SKJ: every five years, with reflection hours counting). */
export const RegistrationRenewed = Schema.TaggedStruct('RegistrationRenewed', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  register: Register,
  validUntil: DateOnly,
})

/** The registration is no longer in order before its end date (R7, Samen werken aan professionalisering). */
export const RegistrationEnded = Schema.TaggedStruct('RegistrationEnded', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  register: Register,
  endedOn: DateOnly,
  reason: RegistrationEndReason,
})

/**
 * Expertise the team couples cases to (R8, De lerende jeugdprofessional: "casussen te wegen en te koppelen
 * aan deskundigheid").
 */
export const ExpertiseRecorded = Schema.TaggedStruct('ExpertiseRecorded', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  expertise: Schema.Array(Text),
})

/** An absence; deliberately without medical detail, only whether it was planned. */
export const AbsenceRecorded = Schema.TaggedStruct('AbsenceRecorded', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  absenceId: AbsenceId,
  kind: AbsenceKind,
  from: DateOnly,
  until: DateOnly,
})

export const ProfessionalLeftTeam = Schema.TaggedStruct('ProfessionalLeftTeam', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  leftOn: DateOnly,
})

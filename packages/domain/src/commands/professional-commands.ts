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

/** Add a colleague to the team; `joinedOn` defaults to the day the command is decided. */
export const AddProfessional = Schema.TaggedStruct('AddProfessional', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  name: Text,
  discipline: Discipline,
  educationLevel: EducationLevel,
  employment: Employment,
  motherOrganisation: Schema.optionalKey(Text),
  contractHours: Positive,
  joinedOn: Schema.optionalKey(DateOnly),
  starter: Schema.Boolean,
})

export const ChangeContract = Schema.TaggedStruct('ChangeContract', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  contractHours: Positive,
  effectiveFrom: Schema.optionalKey(DateOnly),
})

/**
 * Record an SKJ or BIG registration; without `validUntil` it is valid five years
 * (Samen werken aan professionalisering).
 */
export const RecordRegistration = Schema.TaggedStruct('RecordRegistration', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  register: Register,
  number: RegistrationNumber,
  validFrom: DateOnly,
  validUntil: Schema.optionalKey(DateOnly),
})

/** Re-registration; without `validUntil` it runs five years past the current end date. */
export const RenewRegistration = Schema.TaggedStruct('RenewRegistration', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  register: Register,
  validUntil: Schema.optionalKey(DateOnly),
})

/** The registration is no longer in order (suspended, struck off, withdrawn, expired). */
export const EndRegistration = Schema.TaggedStruct('EndRegistration', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  register: Register,
  endedOn: Schema.optionalKey(DateOnly),
  reason: RegistrationEndReason,
})

export const RecordExpertise = Schema.TaggedStruct('RecordExpertise', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  expertise: Schema.Array(Text),
})

export const RecordAbsence = Schema.TaggedStruct('RecordAbsence', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  absenceId: AbsenceId,
  kind: AbsenceKind,
  from: DateOnly,
  until: DateOnly,
})

/** Remove a colleague; their regie and case roles are released in the same decision. */
export const RemoveProfessional = Schema.TaggedStruct('RemoveProfessional', {
  teamId: TeamId,
  professionalId: ProfessionalId,
  leftOn: Schema.optionalKey(DateOnly),
})

import { Schema } from 'effect'
import {
  CaseId,
  CaseReference,
  DateOnly,
  ProfessionalId,
  Reasoning,
  TeamId,
  Text,
} from '../shared/primitives.ts'
import { CareSetting, CaseRole, Exemption, Indicators, Intensity, PlanKind } from '../shared/vocabulary.ts'

/**
 * A help request reached the team, under the team's reference — never a name
 * (docs/architecture.md#privacy-and-access).
 */
export const RegisterCase = Schema.TaggedStruct('RegisterCase', {
  teamId: TeamId,
  caseId: CaseId,
  reference: CaseReference,
  receivedOn: DateOnly,
  setting: CareSetting,
  expertiseNeeded: Schema.Array(Text),
})

/** Weigh the case: the four R2 indicators, an intensity, and the reasoning. May be repeated. */
export const AssessCase = Schema.TaggedStruct('AssessCase', {
  teamId: TeamId,
  caseId: CaseId,
  indicators: Indicators,
  intensity: Intensity,
  reasoning: Reasoning,
})

export const AssignRegie = Schema.TaggedStruct('AssignRegie', {
  teamId: TeamId,
  caseId: CaseId,
  professionalId: ProfessionalId,
  /** the tenzij-afweging when the professional is not (or no longer) registered (R3, R7) */
  exemption: Schema.optionalKey(Exemption),
})

export const ReleaseRegie = Schema.TaggedStruct('ReleaseRegie', {
  teamId: TeamId,
  caseId: CaseId,
  professionalId: ProfessionalId,
  reason: Text,
})

/** Add someone besides the regisseur: tandem partner, gezinshuisouder, expert, intern, co-worker. */
export const AddCaseMember = Schema.TaggedStruct('AddCaseMember', {
  teamId: TeamId,
  caseId: CaseId,
  professionalId: ProfessionalId,
  role: CaseRole,
  /** required for an intern: the registered professional responsible (R6) */
  supervisorId: Schema.optionalKey(ProfessionalId),
  /** for a tandem practitioner: agreed days between structural contacts (R4) */
  contactIntervalDays: Schema.optionalKey(
    Schema.Finite.check(Schema.isInt(), Schema.isBetween({ minimum: 1, maximum: 90 })),
  ),
  exemption: Schema.optionalKey(Exemption),
})

export const RemoveCaseMember = Schema.TaggedStruct('RemoveCaseMember', {
  teamId: TeamId,
  caseId: CaseId,
  professionalId: ProfessionalId,
  reason: Text,
})

/** Structural contact between the regisseur and a tandem practitioner took place (R4). */
export const RecordTandemContact = Schema.TaggedStruct('RecordTandemContact', {
  teamId: TeamId,
  caseId: CaseId,
  practitionerId: ProfessionalId,
  on: Schema.optionalKey(DateOnly),
})

/** Set the help plan (the regisseur) or treatment plan (a registered behavioural scientist). */
export const EstablishPlan = Schema.TaggedStruct('EstablishPlan', {
  teamId: TeamId,
  caseId: CaseId,
  kind: PlanKind,
  establishedBy: ProfessionalId,
  on: Schema.optionalKey(DateOnly),
  reviewOn: Schema.optionalKey(DateOnly),
})

export const CloseCase = Schema.TaggedStruct('CloseCase', {
  teamId: TeamId,
  caseId: CaseId,
  closedOn: Schema.optionalKey(DateOnly),
  reason: Text,
})

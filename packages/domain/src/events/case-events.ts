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
 * A help request reached the team; identified only by the team's reference
 * (docs/architecture.md#privacy-and-access).
 */
export const CaseRegistered = Schema.TaggedStruct('CaseRegistered', {
  teamId: TeamId,
  caseId: CaseId,
  reference: CaseReference,
  receivedOn: DateOnly,
  setting: CareSetting,
  expertiseNeeded: Schema.Array(Text),
})

/** The team weighed the case: the four R2 indicators, an intensity, and why (R2, R8). */
export const CaseAssessed = Schema.TaggedStruct('CaseAssessed', {
  teamId: TeamId,
  caseId: CaseId,
  indicators: Indicators,
  intensity: Intensity,
  reasoning: Reasoning,
})

/** One professional holds regie (R10); an exemption records a reasoned deviation (R3, R7). */
export const RegieAssigned = Schema.TaggedStruct('RegieAssigned', {
  teamId: TeamId,
  caseId: CaseId,
  professionalId: ProfessionalId,
  exemption: Schema.optionalKey(Exemption),
})

export const RegieReleased = Schema.TaggedStruct('RegieReleased', {
  teamId: TeamId,
  caseId: CaseId,
  professionalId: ProfessionalId,
  reason: Text,
})

/** Someone besides the regisseur works on the case (R4–R6, R8). */
export const CaseMemberAdded = Schema.TaggedStruct('CaseMemberAdded', {
  teamId: TeamId,
  caseId: CaseId,
  professionalId: ProfessionalId,
  role: CaseRole,
  /** for an intern: the registered professional responsible (R6) */
  supervisorId: Schema.optionalKey(ProfessionalId),
  /** for a tandem practitioner: the agreed days between structural contacts with the regisseur (R4) */
  contactIntervalDays: Schema.optionalKey(
    Schema.Finite.check(Schema.isInt(), Schema.isBetween({ minimum: 1, maximum: 90 })),
  ),
  exemption: Schema.optionalKey(Exemption),
})

export const CaseMemberRemoved = Schema.TaggedStruct('CaseMemberRemoved', {
  teamId: TeamId,
  caseId: CaseId,
  professionalId: ProfessionalId,
  reason: Text,
})

/** Structural contact between regisseur and tandem practitioner took place (R4). */
export const TandemContactRecorded = Schema.TaggedStruct('TandemContactRecorded', {
  teamId: TeamId,
  caseId: CaseId,
  regisseurId: ProfessionalId,
  practitionerId: ProfessionalId,
  on: DateOnly,
})

/**
 * The help plan (regisseur, R4) or treatment plan (registered behavioural scientist, R5) was set,
 * by someone who assessed the situation personally.
 */
export const PlanEstablished = Schema.TaggedStruct('PlanEstablished', {
  teamId: TeamId,
  caseId: CaseId,
  kind: PlanKind,
  establishedBy: ProfessionalId,
  on: DateOnly,
  /** when the plan is next aligned with practitioners or gezinshuisouders */
  reviewOn: Schema.optionalKey(DateOnly),
})

export const CaseClosed = Schema.TaggedStruct('CaseClosed', {
  teamId: TeamId,
  caseId: CaseId,
  closedOn: DateOnly,
  reason: Text,
})

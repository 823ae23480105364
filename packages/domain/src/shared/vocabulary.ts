import { Schema } from 'effect'

/**
 * The domain's closed vocabularies (docs/architecture.md#glossary). Dutch terms of art stay where users speak
 * them.
 */

/**
 * Professional registers: Kwaliteitsregister Jeugd (SKJ) and BIG-register (Samen werken aan professionalisering).
 */
export const Register = Schema.Literals(['SKJ', 'BIG'])
export type Register = typeof Register.Type

export const EducationLevel = Schema.Literals(['mbo', 'hbo', 'wo'])
export type EducationLevel = typeof EducationLevel.Type

/**
 * A professional's discipline. Behavioural scientists (orthopedagoog, (gz-)psycholoog) may set
 * treatment plans for a gezinshuis (R5); paramedics and art/play therapists need no SKJ
 * registration for their own specialism (R3, Samen werken aan professionalisering).
 */
export const Discipline = Schema.Literals([
  'jeugdzorgwerker',
  'maatschappelijk-werker',
  'sociaal-werker',
  'pedagoog',
  'orthopedagoog',
  'psycholoog',
  'gz-psycholoog',
  'jeugdverpleegkundige',
  'thuisbegeleider',
  'gezinshuisouder',
  'vaktherapeut',
  'logopedist',
])
export type Discipline = typeof Discipline.Type

/** How someone is on the team; an intern works under a named registered colleague (R6). */
export const Employment = Schema.Literals(['employee', 'seconded', 'zzp', 'intern'])
export type Employment = typeof Employment.Type

/** The four indicators that make a registered professional necessary (R2, Samen werken aan professionalisering). */
export const Indicators = Schema.Struct({
  /** the child is in an unsafe or risky situation */
  unsafe: Schema.Boolean,
  /** the professional carries heavy responsibility */
  heavyResponsibility: Schema.Boolean,
  /** the problems are complex */
  complexProblems: Schema.Boolean,
  /** the professional's decisions have high impact on the client */
  highImpact: Schema.Boolean,
})
export type Indicators = typeof Indicators.Type

export const Intensity = Schema.Literals(['light', 'moderate', 'heavy', 'crisis'])
export type Intensity = typeof Intensity.Type

/** Where the help happens; a gezinshuis case needs a registered behavioural scientist (R5). */
export const CareSetting = Schema.Literals(['ambulant', 'gezinshuis'])
export type CareSetting = typeof CareSetting.Type

/**
 * Roles on a case besides the regisseur (R4–R6, R8). Every role costs room on its holder's caseload.
 * - `tandem-practitioner`: unregistered practitioner (thuisbegeleider) working under the regisseur
 * - `gezinshuisouder`: parent in a gezinshuis
 * - `behavioural-scientist`: registered expert who sets the treatment plan of a gezinshuis case
 * - `intern`: stagiair, with a registered professional responsible
 * - `co-worker`: a colleague co-working the case
 */
export const CaseRole = Schema.Literals([
  'tandem-practitioner',
  'gezinshuisouder',
  'behavioural-scientist',
  'intern',
  'co-worker',
])
export type CaseRole = typeof CaseRole.Type

/** Grounds for the tenzij-bepaling (R3, Samen werken aan professionalisering). */
export const ExemptionGround = Schema.Literals([
  'continuity-of-relationship',
  'essential-specific-skills',
  'discipline-without-skj-registration',
  'close-cooperation-with-registered',
  'other',
])
export type ExemptionGround = typeof ExemptionGround.Type

/**
 * A recorded, reasoned exception to the norm (R3, R7; Model Professioneel Statuut "het vastleggen van
 * afwegingen").
 */
export const Exemption = Schema.Struct({
  ground: ExemptionGround,
  reasoning: Schema.String.check(
    Schema.isMinLength(10, { message: 'Expected a reasoning of at least 10 characters' }),
    Schema.isMaxLength(4000),
  ),
  /** who decided: professionals (or the coach) who tested the deviation with each other */
  decidedBy: Schema.Array(Schema.String.check(Schema.isMinLength(1))).check(Schema.isMinLength(1)),
})
export type Exemption = typeof Exemption.Type

export const PlanKind = Schema.Literals(['help-plan', 'treatment-plan'])
export type PlanKind = typeof PlanKind.Type

/** Kinds of reflection session (R9, Professionele ruimte en autonomie in praktijk brengen and Meer ruimte voor professionals). */
export const ReflectionKind = Schema.Literals([
  'intervisie',
  'moreel-beraad',
  'supervisie',
  'collegiale-consultatie',
])
export type ReflectionKind = typeof ReflectionKind.Type

export const CancellationReason = Schema.Literals(['workload', 'illness-or-absence', 'scheduling', 'other'])
export type CancellationReason = typeof CancellationReason.Type

export const AbsenceKind = Schema.Literals(['leave', 'unplanned', 'training', 'other'])
export type AbsenceKind = typeof AbsenceKind.Type

export const RegistrationEndReason = Schema.Literals(['expired', 'suspended', 'struck-off', 'withdrawn'])
export type RegistrationEndReason = typeof RegistrationEndReason.Type

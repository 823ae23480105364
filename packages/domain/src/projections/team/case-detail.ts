import type { DateOnly } from '../../shared/primitives.ts'
import type {
  CareSetting,
  CaseRole,
  Exemption,
  Indicators,
  Intensity,
  PlanKind,
} from '../../shared/vocabulary.ts'
import type { CaseWeight } from '../../weights/case-weight.ts'
import { needsRegistration, weightOf } from './case-facts.ts'
import { type RegistrationStandingView, registrationStandingOn } from './registration-standing.ts'
import { tandemHealth } from './tandem-health.ts'
import type { TeamState } from './team-state.ts'
import { type NamedTandem, nameOf, nameTandem } from './with-names.ts'

/** A colleague on a case: who, and whether their registration is in order on the day asked. */
export interface CasePerson {
  readonly professionalId: string
  /** null only for an id the team never saw */
  readonly name: string | null
  /** false once they left the team */
  readonly onTeam: boolean
  readonly registration: RegistrationStandingView | null
}

export interface CaseRegisseur extends CasePerson {
  readonly since: DateOnly
  /** the recorded tenzij when the regisseur is not registered on a case that needs it (R3) */
  readonly exemption?: Exemption
}

export interface CaseMemberDetail extends CasePerson {
  readonly role: CaseRole
  readonly since: DateOnly
  /** an intern's registered supervisor (R6) */
  readonly supervisor?: CasePerson
  readonly contactIntervalDays?: number
  readonly exemption?: Exemption
}

export interface CaseDetail {
  readonly caseId: string
  readonly reference: string
  readonly receivedOn: DateOnly
  readonly setting: CareSetting
  readonly expertiseNeeded: readonly string[]
  readonly status: 'open' | 'closed'
  readonly closedOn: DateOnly | null
  /** null until the team weighed the case */
  readonly assessment: {
    readonly indicators: Indicators
    readonly intensity: Intensity
    readonly reasoning: string
    readonly on: DateOnly
  } | null
  /** the weight and its parts; provisional (`assessed: false`) until assessed */
  readonly weight: CaseWeight
  /** R1/R2: any indicator, or not yet assessed */
  readonly needsRegistration: boolean
  readonly regisseur: CaseRegisseur | null
  readonly members: readonly CaseMemberDetail[]
  /** structural contact of each regisseur–tandem-practitioner pair (R4) */
  readonly tandems: readonly NamedTandem[]
  readonly plans: readonly {
    readonly kind: PlanKind
    readonly establishedBy: string
    readonly establishedByName: string | null
    readonly on: DateOnly
    readonly reviewOn: DateOnly | null
  }[]
}

/**
 * One case as the meeting and case screens show it on `asOf`: what was registered and assessed, why
 * it weighs what it weighs, who holds regie and who works on it with their registration standing
 * (R2–R7), the recorded exemptions (R3), tandem contact (R4) and plans. Undefined for a case the
 * team does not have (or not yet, as of the state folded).
 */
export const caseDetail = (state: TeamState, caseId: string, asOf: DateOnly): CaseDetail | undefined => {
  const view = Object.hasOwn(state.cases, caseId) ? state.cases[caseId] : undefined
  if (!view) return undefined
  const person = (professionalId: string): CasePerson => {
    const professional = state.professionals[professionalId]
    return {
      professionalId,
      name: nameOf(state, professionalId),
      onTeam: professional !== undefined && (professional.leftOn === undefined || professional.leftOn > asOf),
      registration: professional ? registrationStandingOn(professional, asOf) : null,
    }
  }
  const { regie, assessment } = view
  const open = view.closedOn === undefined
  return {
    caseId: view.id,
    reference: view.reference,
    receivedOn: view.receivedOn,
    setting: view.setting,
    expertiseNeeded: view.expertiseNeeded,
    status: open ? 'open' : 'closed',
    closedOn: view.closedOn ?? null,
    assessment: assessment
      ? {
          indicators: assessment.indicators,
          intensity: assessment.intensity,
          reasoning: assessment.reasoning,
          on: assessment.on,
        }
      : null,
    weight: weightOf(view, state.settings),
    needsRegistration: needsRegistration(view),
    regisseur: regie
      ? {
          ...person(regie.professionalId),
          since: regie.since,
          ...(regie.exemption ? { exemption: regie.exemption } : {}),
        }
      : null,
    members: view.members.map((member) => ({
      ...person(member.professionalId),
      role: member.role,
      since: member.since,
      ...(member.supervisorId === undefined ? {} : { supervisor: person(member.supervisorId) }),
      ...(member.contactIntervalDays === undefined
        ? {}
        : { contactIntervalDays: member.contactIntervalDays }),
      ...(member.exemption ? { exemption: member.exemption } : {}),
    })),
    tandems: open
      ? tandemHealth(state, asOf)
          .filter((row) => row.caseId === view.id)
          .map((row) => nameTandem(state, row))
      : [],
    plans: view.plans.map((plan) => ({
      kind: plan.kind,
      establishedBy: plan.establishedBy,
      establishedByName: nameOf(state, plan.establishedBy),
      on: plan.on,
      reviewOn: plan.reviewOn ?? null,
    })),
  }
}

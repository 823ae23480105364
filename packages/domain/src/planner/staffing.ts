import { addDays } from '../projections/dates.ts'
import { caseWeight } from '../weights/case-weight.ts'
import { roleFactor } from '../weights/role-factor.ts'
import type { Norm } from './norm.ts'
import type { PlanningCase, PlanningProfessional, PlanningTeam } from './planning-input.ts'
import { matchedExpertise } from './preferences.ts'
import type { Exclusion } from './reason.ts'

/** Until the team says otherwise, help is expected to last half a year. */
const defaultExpectedWeeks = 26
export const defaultHorizonWeeks = 4

/**
 * Who could take a case under the norm, and what it would cost them. Shared by the one-case ranking
 * and the meeting proposal, so both apply exactly the same hard constraints.
 */
export interface Staffing {
  readonly theCase: PlanningCase
  /** the case's weight in points (`caseWeight`) */
  readonly weight: number
  readonly needsRegistration: boolean
  /** colleagues the norm allows as regisseur, in team order */
  readonly regisseurs: readonly PlanningProfessional[]
  /** unregistered colleagues whose expertise fits and whom the norm allows in tandem */
  readonly practitioners: readonly PlanningProfessional[]
  /** a case that needs registration, has no tandem partner yet, and someone unregistered would fit */
  readonly suitsTandem: boolean
  /** a gezinshuis case without a registered behavioural scientist on it (R5) */
  readonly needsExpert: boolean
  /** registered behavioural scientists the norm allows on the case, in team order (R5) */
  readonly experts: readonly PlanningProfessional[]
  readonly excluded: readonly Exclusion[]
  /** load points for the regisseur alone, the regisseur of a tandem, and the practitioner (R8) */
  readonly points: {
    readonly alone: number
    readonly withPartner: number
    readonly practitioner: number
    readonly expert: number
  }
}

export const staffingOf = (team: PlanningTeam, norm: Norm, theCase: PlanningCase): Staffing => {
  const weight = caseWeight(theCase.assessment, team.settings).points
  const hasPartners = theCase.members.length > 0
  const needsRegistration = norm.caseNeedsRegistration(theCase)
  const excluded: Exclusion[] = []
  const regisseurs: PlanningProfessional[] = []
  for (const professional of team.professionals) {
    const refusal = noCapacity(professional) ?? norm.regieVerdict(professional, theCase)
    if (refusal)
      excluded.push({
        ...exclusionFields(refusal),
        professionalId: professional.id,
        name: professional.name,
        role: 'regisseur',
      })
    else regisseurs.push(professional)
  }
  const hasTandem = theCase.members.some((member) => member.role === 'tandem-practitioner')
  const practitioners: PlanningProfessional[] = []
  if (needsRegistration && !hasTandem && regisseurs.length > 0) {
    for (const professional of team.professionals) {
      if (norm.isRegisteredOn(professional, team.on) || matchedExpertise(professional, theCase).length === 0)
        continue
      if (theCase.members.some((member) => member.professionalId === professional.id)) continue
      // Any allowed regisseur will do for the check: the regisseur's side was settled above.
      const refusal = noCapacity(professional) ?? norm.tandemVerdict(professional, regisseurs[0]!, theCase)
      if (refusal) {
        excluded.push({
          ...exclusionFields(refusal),
          professionalId: professional.id,
          name: professional.name,
          role: 'tandem-practitioner',
        })
      } else {
        practitioners.push(professional)
      }
    }
  }
  const needsExpert = norm.needsExpert(theCase)
  const experts = needsExpert ? expertsFor(team, norm, theCase, regisseurs, excluded) : []
  return {
    theCase,
    weight,
    needsRegistration,
    regisseurs,
    practitioners,
    suitsTandem: practitioners.length > 0,
    needsExpert,
    experts,
    excluded,
    points: {
      alone: weight * roleFactor('regisseur', hasPartners, team.settings),
      withPartner: weight * roleFactor('regisseur', true, team.settings),
      practitioner: weight * roleFactor('tandem-practitioner', true, team.settings),
      expert: weight * roleFactor('behavioural-scientist', true, team.settings),
    },
  }
}

/**
 * R5 — Samen werken aan professionalisering: "Dan kan een geregistreerde deskundige bijvoorbeeld de behandelplannen
 * van de jongeren vaststellen." Who may join a gezinshuis case as its behavioural scientist, by the
 * decider's own check; colleagues of another discipline are left out silently, the rest who are
 * refused are listed with the rule.
 */
const expertsFor = (
  team: PlanningTeam,
  norm: Norm,
  theCase: PlanningCase,
  regisseurs: readonly PlanningProfessional[],
  excluded: Exclusion[],
): PlanningProfessional[] => {
  const experts: PlanningProfessional[] = []
  for (const professional of team.professionals) {
    if (theCase.members.some((member) => member.professionalId === professional.id)) continue
    // Any allowed regisseur other than this colleague will do: one person holds one role (R10).
    const regisseur = regisseurs.find((r) => r.id !== professional.id) ?? professional
    const refusal = noCapacity(professional) ?? norm.expertVerdict(professional, regisseur, theCase)
    if (refusal?.code === 'NotABehaviouralScientist') continue
    if (refusal && refusal.code !== 'AlreadyOnCase') {
      excluded.push({
        ...exclusionFields(refusal),
        professionalId: professional.id,
        name: professional.name,
        role: 'behavioural-scientist',
      })
    } else if (!refusal) {
      experts.push(professional)
    }
  }
  return experts
}

/** Experts the norm allows beside this regisseur (and practitioner): never one of them (R10). */
export const allowedExperts = (
  staffing: Staffing,
  norm: Norm,
  regisseur: PlanningProfessional,
  practitioner?: PlanningProfessional,
): readonly PlanningProfessional[] =>
  staffing.experts.filter(
    (expert) => expert.id !== practitioner?.id && !norm.expertVerdict(expert, regisseur, staffing.theCase),
  )

/** Every regisseur–practitioner pair the norm allows on the case (R4), checked pair by pair. */
export const allowedPairs = (
  staffing: Staffing,
  norm: Norm,
): readonly (readonly [PlanningProfessional, PlanningProfessional])[] =>
  staffing.regisseurs.flatMap((regisseur) =>
    staffing.practitioners
      .filter((practitioner) => !norm.tandemVerdict(practitioner, regisseur, staffing.theCase))
      .map((practitioner) => [regisseur, practitioner] as const),
  )

/** The day the help is expected to end, for checking registration validity over the case (R7). */
export const expectedEnd = (team: PlanningTeam, theCase: PlanningCase): string =>
  addDays(team.on, 7 * (theCase.expectedWeeks ?? defaultExpectedWeeks))

interface Refusal {
  readonly code: string
  readonly rule?: Exclusion['rule']
  readonly messages: { readonly nl: string; readonly en: string }
}

const exclusionFields = (refusal: Refusal): Pick<Exclusion, 'code' | 'rule' | 'nl' | 'en'> => ({
  code: refusal.code,
  ...(refusal.rule ? { rule: refusal.rule } : {}),
  nl: refusal.messages.nl,
  en: refusal.messages.en,
})

/**
 * Without capacity this week a ratio is meaningless and no new work can land
 * (docs/architecture.md#weighting-and-capacity).
 */
const noCapacity = (professional: PlanningProfessional): Refusal | undefined =>
  professional.capacity > 0
    ? undefined
    : {
        code: 'NoCapacity',
        rule: 'R8',
        messages: { nl: 'heeft deze week geen capaciteit', en: 'has no capacity this week' },
      }

import type { Norm } from './norm.ts'
import type { PlanningProfessional, PlanningTeam } from './planning-input.ts'
import { matchedExpertise } from './preferences.ts'
import type { Option, Problem, Share } from './solver/problem.ts'
import { allowedExperts, allowedPairs, type Staffing } from './staffing.ts'

/** How a staffing option maps back to people: the regisseur and, in a tandem, the practitioner. */
export interface Staffed {
  readonly regisseur: PlanningProfessional
  readonly practitioner?: PlanningProfessional
  /** the behavioural scientist a gezinshuis case without one gets (R5) */
  readonly expert?: PlanningProfessional
}

export interface MeetingProblem {
  readonly problem: Problem
  /** the colleagues with capacity this week, in team order: the solver's professional indices */
  readonly people: readonly PlanningProfessional[]
  /** the cases the solver sees (those with at least one option), in input order */
  readonly staffings: readonly Staffing[]
  /** per solver case, per option, who it staffs */
  readonly staffed: readonly (readonly Staffed[])[]
  /** per solver case, whether no allowed regisseur had the expertise asked for */
  readonly noExpertise: readonly boolean[]
}

/**
 * Turns the cases of a meeting into the solver's problem. Options are every allowed regisseur alone
 * and every allowed tandem pair, with two refinements the one-case ranking only weighs: when someone
 * allowed has the expertise the case asks for, regie alone goes only to such colleagues (R1: work
 * that matches knowledge and skills; Meer ruimte voor professionals: fit must not yield to who has room), and
 * two starters are never paired.
 */
export const meetingProblem = (
  team: PlanningTeam,
  norm: Norm,
  staffings: readonly Staffing[],
): MeetingProblem => {
  // Without capacity a ratio is undefined (the balance shows none); such colleagues get no option.
  const people = team.professionals.filter((professional) => professional.capacity > 0)
  const index = new Map(people.map((professional, i) => [professional.id, i] as const))
  const placeable = staffings.filter((staffing) => staffing.regisseurs.length > 0)
  const staffed: Staffed[][] = []
  const options: Option[][] = []
  const noExpertise: boolean[] = []
  for (const staffing of placeable) {
    const experts = staffing.regisseurs.filter((r) => matchedExpertise(r, staffing.theCase).length > 0)
    const alone = experts.length > 0 ? experts : staffing.regisseurs
    const pairs = allowedPairs(staffing, norm).filter(([r, p]) => !(r.starter && p.starter))
    const bases: Staffed[] = [
      ...alone.map((regisseur) => ({ regisseur })),
      ...pairs.map(([regisseur, practitioner]) => ({ regisseur, practitioner })),
    ]
    // R5: a gezinshuis case without a registered behavioural scientist gets one with its regie,
    // when anyone may take that role; otherwise regie alone, and the item says no expert was found.
    const withExperts = staffing.needsExpert
      ? bases.flatMap((base) =>
          allowedExperts(staffing, norm, base.regisseur, base.practitioner).map((expert) => ({
            ...base,
            expert,
          })),
        )
      : []
    const chosen = withExperts.length > 0 ? withExperts : bases
    staffed.push(chosen)
    options.push(chosen.map((option) => ({ shares: sharesOf(option, staffing, index) })))
    noExpertise.push(staffing.theCase.expertiseNeeded.length > 0 && experts.length === 0)
  }
  return {
    problem: {
      load: people.map((professional) => professional.load),
      capacity: people.map((professional) => professional.capacity),
      options,
    },
    people,
    staffings: placeable,
    staffed,
    noExpertise,
  }
}

/** What one option puts on whose caseload: partners make the regisseur's share the partnered one. */
const sharesOf = (option: Staffed, staffing: Staffing, index: ReadonlyMap<string, number>): Share[] => {
  const { points } = staffing
  const partnered = option.practitioner !== undefined || option.expert !== undefined
  return [
    { professional: index.get(option.regisseur.id)!, points: partnered ? points.withPartner : points.alone },
    ...(option.practitioner
      ? [{ professional: index.get(option.practitioner.id)!, points: points.practitioner }]
      : []),
    ...(option.expert ? [{ professional: index.get(option.expert.id)!, points: points.expert }] : []),
  ]
}

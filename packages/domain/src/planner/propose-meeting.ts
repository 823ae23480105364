import { meetingProblem } from './meeting-problem.ts'
import { normFor } from './norm.ts'
import type { PlanningCase, PlanningTeam } from './planning-input.ts'
import { fitter, noExpertAvailable, type Placement, suggestion } from './rank-candidates.ts'
import type { Exclusion, Reason } from './reason.ts'
import { greedy } from './solver/greedy.ts'
import { type Choice, evaluate, loadsAfter, type Problem } from './solver/problem.ts'
import { solve } from './solver/solve.ts'
import { staffingOf } from './staffing.ts'

export interface MeetingInput extends PlanningTeam {
  /** the cases waiting for regie (the agenda's unassigned regie), in agenda order */
  readonly cases: readonly PlanningCase[]
  /** search nodes the planner may spend before settling for its bound; default 200,000 */
  readonly nodeBudget?: number
}

export interface ProposalItem {
  readonly caseId: string
  readonly reference: string
  readonly regisseur: Placement
  readonly practitioner?: Placement
  /** the behavioural scientist who joins a gezinshuis case that has none (R5) */
  readonly expert?: Placement
  /** `ratioAfter` in these reasons is after the whole proposal, not this item alone */
  readonly reasons: readonly Reason[]
}

export interface UnplacedCase {
  readonly caseId: string
  readonly reference: string
  /** everyone, with the rule that rules them out; the team decides (an exemption is theirs to make) */
  readonly excluded: readonly Exclusion[]
}

export interface MemberShift {
  readonly professionalId: string
  readonly name: string
  readonly ratioBefore: number
  readonly ratioAfter: number
}

export interface MeetingProposal {
  readonly items: readonly ProposalItem[]
  readonly unplaced: readonly UnplacedCase[]
  /** every colleague with capacity this week: the balance before and after the proposal */
  readonly balance: readonly MemberShift[]
  /** the highest load ratio in the team after the proposal */
  readonly maxRatio: number
  readonly sumSquares: number
  /** proven: no norm-conforming assignment of these cases has a lower highest ratio */
  readonly lowerBound: number
  /** `maxRatio` is proven minimal */
  readonly optimal: boolean
}

/**
 * Proposes regie (and tandems) for every case waiting at once (issue 6): meets the norm, minimises
 * the highest load ratio in the team, then the sum of squared ratios. Exact when the search
 * completes within the node budget, otherwise with the proven `lowerBound`. Never worse than
 * `greedyMeeting` on the highest ratio. Records nothing: accepted items become `AssignRegie` and
 * `AddCaseMember` commands (see `proposalCommands`).
 */
export const proposeMeeting = (input: MeetingInput): MeetingProposal =>
  plan(input, (problem, weights) => solve(problem, weights, input.nodeBudget))

/** The baseline the planner is measured against: heaviest case first, to the lowest resulting ratio. */
export const greedyMeeting = (input: MeetingInput): MeetingProposal =>
  plan(input, (problem, weights) => {
    const choice = greedy(problem, weights)
    return { choice, lowerBound: 0, optimal: false }
  })

type Method = (
  problem: Problem,
  weights: readonly number[],
) => { readonly choice: Choice; readonly lowerBound: number; readonly optimal: boolean }

const plan = (input: MeetingInput, method: Method): MeetingProposal => {
  const norm = normFor(input, input.cases)
  const staffings = input.cases.map((theCase) => staffingOf(input, norm, theCase))
  const meeting = meetingProblem(input, norm, staffings)
  const { problem, people } = meeting
  const result = method(
    problem,
    meeting.staffings.map((staffing) => staffing.weight),
  )
  const loads = loadsAfter(problem, result.choice)
  const loadOf = new Map(people.map((professional, p) => [professional.id, loads[p]!] as const))
  const items = meeting.staffings.map((staffing, c): ProposalItem => {
    const { regisseur, practitioner, expert } = meeting.staffed[c]![result.choice[c]!]!
    const fit = fitter(input, staffing, norm.isRegisteredOn)
    const partnered = practitioner !== undefined || expert !== undefined
    const regisseurPoints = partnered ? staffing.points.withPartner : staffing.points.alone
    const chosen = suggestion(
      fit(regisseur, regisseurPoints, loadOf.get(regisseur.id)),
      practitioner && fit(practitioner, staffing.points.practitioner, loadOf.get(practitioner.id)),
      undefined,
      expert && fit(expert, staffing.points.expert, loadOf.get(expert.id)),
    )
    const missing: Reason[] = [
      ...(meeting.noExpertise[c]
        ? [
            {
              code: 'no-expertise-available',
              tone: 'neutral',
              nl: 'niemand die regie mag voeren heeft de gevraagde expertise',
              en: 'no one allowed to hold regie has the expertise asked for',
            } as const,
          ]
        : []),
      ...(staffing.needsExpert && !expert ? [noExpertAvailable] : []),
    ]
    return {
      caseId: staffing.theCase.id,
      reference: staffing.theCase.reference,
      regisseur: chosen.regisseur,
      ...(chosen.practitioner ? { practitioner: chosen.practitioner } : {}),
      ...(chosen.expert ? { expert: chosen.expert } : {}),
      reasons: [...chosen.reasons, ...missing],
    }
  })
  const placed = new Set(meeting.staffings.map((staffing) => staffing.theCase.id))
  const { maxRatio, sumSquares } = evaluate(problem, result.choice)
  return {
    items,
    unplaced: staffings
      .filter((staffing) => !placed.has(staffing.theCase.id))
      .map((staffing) => ({
        caseId: staffing.theCase.id,
        reference: staffing.theCase.reference,
        excluded: staffing.excluded,
      })),
    balance: people.map((professional, p) => ({
      professionalId: professional.id,
      name: professional.name,
      ratioBefore: professional.load / professional.capacity,
      ratioAfter: loads[p]! / professional.capacity,
    })),
    maxRatio,
    sumSquares,
    lowerBound: result.lowerBound,
    optimal: result.optimal,
  }
}

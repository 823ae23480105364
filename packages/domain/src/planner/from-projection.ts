import type { Registration } from '../decider/state.ts'
import { teamMembersOn } from '../projections/team/case-facts.ts'
import { caseloadBalance } from '../projections/team/caseload-balance.ts'
import type { CaseView, ProfessionalView, TeamState } from '../projections/team/team-state.ts'
import { unassignedRegie } from '../projections/team/unassigned-regie.ts'
import type { DateOnly } from '../shared/primitives.ts'
import type { PlanningCase, PlanningProfessional, PlanningTeam } from './planning-input.ts'

/**
 * The planner's input, built from the team projection the meeting screen already reads: colleagues
 * still on the team with the balance's load and capacity, and the agenda's cases waiting for regie.
 * A case whose regisseur left, is absent or lapsed is planned as if regie were released; accepting
 * its item means `ReleaseRegie` before `AssignRegie`.
 */
export const planningTeamFrom = (state: TeamState, on: DateOnly): PlanningTeam => {
  const balance = new Map(caseloadBalance(state, on).members.map((member) => [member.professionalId, member]))
  return {
    on,
    settings: state.settings,
    professionals: teamMembersOn(state, on).map((view): PlanningProfessional => {
      const member = balance.get(view.id)
      return {
        id: view.id,
        name: view.name,
        discipline: view.discipline,
        educationLevel: view.educationLevel,
        employment: view.employment,
        starter: view.starter,
        expertise: view.expertise,
        registrations: latestPerRegister(view),
        absences: view.absences,
        load: member?.load.points ?? 0,
        capacity: member?.capacity.points ?? 0,
      }
    }),
  }
}

/** The cases on the agenda's unassigned-regie list, in its order (most urgent first). */
export const casesWaitingFrom = (state: TeamState, on: DateOnly): PlanningCase[] =>
  unassignedRegie(state, on).flatMap((row) => {
    const view = state.cases[row.caseId]
    return view ? [planningCase(view)] : []
  })

const planningCase = (view: CaseView): PlanningCase => ({
  id: view.id,
  reference: view.reference,
  setting: view.setting,
  expertiseNeeded: view.expertiseNeeded,
  ...(view.assessment
    ? { assessment: { indicators: view.assessment.indicators, intensity: view.assessment.intensity } }
    : {}),
  members: view.members.map((member) => ({ professionalId: member.professionalId, role: member.role })),
  knownBy: [
    ...new Set([
      ...view.timeline.flatMap((moment) => (moment.kind === 'regie-assigned' ? [moment.professionalId] : [])),
      ...view.members.map((member) => member.professionalId),
    ]),
  ],
})

/** The rules read one entry per register, the latest (as the decider keeps it). */
const latestPerRegister = (view: ProfessionalView): Registration[] => {
  const latest = new Map<string, Registration>()
  for (const span of view.registrations) {
    latest.set(span.register, {
      register: span.register,
      validFrom: span.from,
      validUntil: span.until,
      ...(span.endedOn !== undefined ? { endedOn: span.endedOn } : {}),
    })
  }
  return [...latest.values()]
}

import type { DateOnly } from '../../shared/primitives.ts'
import type { TeamSettings } from '../../shared/team-settings.ts'
import { type CaseWeight, caseWeight, indicatorCount } from '../../weights/case-weight.ts'
import type { HeldRole } from '../../weights/professional-load.ts'
import type { CaseView, ProfessionalView, TeamState } from './team-state.ts'

/** Cases still open, ordered by reference so every view lists them the same way. */
export const activeCases = (state: TeamState): CaseView[] =>
  Object.values(state.cases)
    .filter((view) => view.closedOn === undefined)
    .sort((a, b) => a.reference.localeCompare(b.reference))

/** Professionals still on the team on `on`, by name. */
export const teamMembersOn = (state: TeamState, on: DateOnly): ProfessionalView[] =>
  Object.values(state.professionals)
    .filter((professional) => professional.leftOn === undefined || professional.leftOn > on)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))

/**
 * A case needs a registered professional in the lead when any R2 indicator holds (seed 001: "vier
 * indicatoren"). An unassessed case is not yet known to need one; the agenda lists it to be weighed.
 */
export const needsRegistration = (view: CaseView): boolean =>
  view.assessment !== undefined && indicatorCount(view.assessment.indicators) > 0

export const weightOf = (view: CaseView, settings: TeamSettings): CaseWeight =>
  caseWeight(view.assessment, settings)

/**
 * Every role held on a case, as load input: the regisseur, each member, and the registered
 * supervisor of an intern (R6).
 */
export const rolesOnCase = (
  view: CaseView,
  settings: TeamSettings,
): { readonly professionalId: string; readonly held: HeldRole }[] => {
  const weight = weightOf(view, settings)
  const caseHasPartners = view.members.length > 0
  const base = { caseId: view.id, reference: view.reference, weight, caseHasPartners }
  const roles: { professionalId: string; held: HeldRole }[] = []
  if (view.regie)
    roles.push({ professionalId: view.regie.professionalId, held: { ...base, role: 'regisseur' } })
  for (const member of view.members) {
    roles.push({ professionalId: member.professionalId, held: { ...base, role: member.role } })
    if (member.role === 'intern' && member.supervisorId !== undefined) {
      roles.push({ professionalId: member.supervisorId, held: { ...base, role: 'intern-supervisor' } })
    }
  }
  return roles
}

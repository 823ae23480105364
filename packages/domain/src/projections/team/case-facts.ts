import { requiresRegistration } from '../../rules/registration.ts'
import type { DateOnly } from '../../shared/primitives.ts'
import type { TeamSettings } from '../../shared/team-settings.ts'
import { type CaseWeight, caseWeight } from '../../weights/case-weight.ts'
import type { HeldRole } from '../../weights/professional-load.ts'
import type { LoadRole } from '../../weights/role-factor.ts'
import { byText } from '../order.ts'
import type { CaseView, ProfessionalView, TeamState } from './team-state.ts'

/** Cases still open, in no particular order: for totals, where order does not matter. */
export const openCaseViews = (state: TeamState): CaseView[] =>
  Object.keys(state.openCases).flatMap((id) => state.cases[id] ?? [])

/** Cases still open, ordered by reference so every view lists them the same way. */
export const activeCases = (state: TeamState): CaseView[] =>
  openCaseViews(state).sort((a, b) => byText(a.reference, b.reference))

/** Professionals still on the team on `on`, by name. */
export const teamMembersOn = (state: TeamState, on: DateOnly): ProfessionalView[] =>
  Object.values(state.professionals)
    .filter((professional) => professional.leftOn === undefined || professional.leftOn > on)
    .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id))

/**
 * Whether a case needs a registered professional in the lead, by the same rule the decider applies
 * (R1/R2, Samen werken aan professionalisering): any R2 indicator, and the norm's default ("Zet als aanbieder een
 * geregistreerde professional in, tenzij …") while the case is not yet assessed.
 */
export const needsRegistration = (view: CaseView): boolean =>
  view.assessment === undefined || requiresRegistration(view.assessment.indicators)

export const weightOf = (view: CaseView, settings: TeamSettings): CaseWeight =>
  caseWeight(view.assessment, settings)

/**
 * Calls `visit` for every role held on a case: the regisseur, each member, and the registered
 * supervisor of an intern (R6). The one place that knows which roles a case puts on caseloads.
 */
export const forEachRole = (
  view: CaseView,
  visit: (professionalId: string, role: LoadRole) => void,
): void => {
  if (view.regie) visit(view.regie.professionalId, 'regisseur')
  for (const member of view.members) {
    visit(member.professionalId, member.role)
    if (member.role === 'intern' && member.supervisorId !== undefined)
      visit(member.supervisorId, 'intern-supervisor')
  }
}

/** Every role held on a case, as load input with the case's weight. */
export const rolesOnCase = (
  view: CaseView,
  settings: TeamSettings,
): { readonly professionalId: string; readonly held: HeldRole }[] => {
  const weight = weightOf(view, settings)
  const caseHasPartners = view.members.length > 0
  const roles: { professionalId: string; held: HeldRole }[] = []
  forEachRole(view, (professionalId, role) =>
    roles.push({
      professionalId,
      held: { caseId: view.id, reference: view.reference, role, weight, caseHasPartners },
    }),
  )
  return roles
}

import type { Case, FoundedTeam, Professional } from '../decider/state.ts'
import type { DomainRejection } from '../errors/domain-rejection.ts'
import { lapsedWorksInCloseCooperation, tandemHasRegisteredRegisseur } from '../rules/case-member-rules.ts'
import { internHasSupervisor } from '../rules/intern-rules.ts'
import { isNotOnCase, mayHoldRegie } from '../rules/regie-rules.ts'
import { caseNeedsRegistration, isRegistered } from '../rules/registration.ts'
import type { DateOnly } from '../shared/primitives.ts'
import type { PlanningCase, PlanningProfessional, PlanningTeam } from './planning-input.ts'

/**
 * The norm (R2–R7) as the planner asks it, answered only by the decider's own rule functions, so a
 * proposal the team accepts is never refused when it is recorded. The planner never proposes an
 * exemption: a tenzij-afweging is the team's reasoned decision (R3, seed 000), not a suggestion.
 */
export interface Norm {
  readonly caseNeedsRegistration: (theCase: PlanningCase) => boolean
  /** registered on `day` by the register rules (R7: a lapsed registration is not) */
  readonly isRegisteredOn: (professional: PlanningProfessional, day: DateOnly) => boolean
  /** why the professional may not become regisseur of the case, or undefined */
  readonly regieVerdict: (
    professional: PlanningProfessional,
    theCase: PlanningCase,
  ) => DomainRejection | undefined
  /** why the professional may not join as tandem practitioner under `regisseur`, or undefined */
  readonly tandemVerdict: (
    practitioner: PlanningProfessional,
    regisseur: PlanningProfessional,
    theCase: PlanningCase,
  ) => DomainRejection | undefined
}

/** Builds the rules' view of the team once per planning call. */
export const normFor = (team: PlanningTeam, cases: readonly PlanningCase[]): Norm => {
  const professionals = new Map(team.professionals.map((p) => [p.id, asRuleProfessional(p)] as const))
  const ruleCases = new Map(cases.map((c) => [c.id, asRuleCase(c)] as const))
  const world: FoundedTeam = {
    status: 'founded',
    teamId: 'planning',
    settings: team.settings,
    professionals,
    cases: ruleCases,
    sessions: new Map(),
    signals: new Map(),
    meetings: new Set(),
  }
  const professionalOf = (p: PlanningProfessional): Professional =>
    professionals.get(p.id) ?? asRuleProfessional(p)
  const caseOf = (c: PlanningCase): Case => ruleCases.get(c.id) ?? asRuleCase(c)
  return {
    caseNeedsRegistration: (theCase) => caseNeedsRegistration(caseOf(theCase)),
    isRegisteredOn: (professional, day) => isRegistered(professionalOf(professional), day),
    regieVerdict: (professional, theCase) =>
      mayHoldRegie({
        team: world,
        professional: professionalOf(professional),
        theCase: caseOf(theCase),
        exemption: undefined,
        on: team.on,
      }),
    tandemVerdict: (practitioner, regisseur, theCase) => {
      // The practitioner joins once the proposed regisseur holds regie, as the meeting records it;
      // the checks are the decider's for AddCaseMember with this role, in its order.
      const withRegie: Case = { ...caseOf(theCase), regie: { professionalId: regisseur.id } }
      const input = {
        team: world,
        professional: professionalOf(practitioner),
        theCase: withRegie,
        role: 'tandem-practitioner' as const,
        exemption: undefined,
        on: team.on,
      }
      return (
        isNotOnCase(withRegie, practitioner.id) ??
        internHasSupervisor(world, input.professional, input.role, undefined, team.on) ??
        lapsedWorksInCloseCooperation(input) ??
        tandemHasRegisteredRegisseur(input)
      )
    },
  }
}

const asRuleProfessional = (p: PlanningProfessional): Professional => ({
  professionalId: p.id,
  discipline: p.discipline,
  educationLevel: p.educationLevel,
  employment: p.employment,
  registrations: new Map(p.registrations.map((r) => [r.register, r] as const)),
  absences: p.absences.map((a, i) => ({ absenceId: `absence-${i}`, from: a.from, until: a.until })),
})

const asRuleCase = (c: PlanningCase): Case => ({
  caseId: c.id,
  reference: c.reference,
  setting: c.setting,
  status: 'open',
  ...(c.assessment ? { assessment: c.assessment } : {}),
  members: new Map(c.members.map((m) => [m.professionalId, { role: m.role }] as const)),
})

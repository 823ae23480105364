import type { Case, FoundedTeam, Professional } from '../decider/state.ts'
import type { DomainRejection } from '../errors/domain-rejection.ts'
import { hasRegisteredExpert } from '../rules/case-member-rules.ts'
import { mayJoinCase } from '../rules/join-case.ts'
import { mayHoldRegie } from '../rules/regie-rules.ts'
import { caseNeedsRegistration, isRegistered } from '../rules/registration.ts'
import type { DateOnly } from '../shared/primitives.ts'
import type { CaseRole } from '../shared/vocabulary.ts'
import type { PlanningCase, PlanningProfessional, PlanningTeam } from './planning-input.ts'

/**
 * The norm (R2–R7) as the planner asks it, answered only by the decider's own rule functions, so a
 * proposal the team accepts is never refused when it is recorded. The planner never proposes an
 * exemption: a tenzij-afweging is the team's reasoned decision (R3, Model Professioneel Statuut), not a
 * suggestion.
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
  /** a gezinshuis case without a registered behavioural scientist on it (R5) */
  readonly needsExpert: (theCase: PlanningCase) => boolean
  /** why the professional may not join as behavioural scientist under `regisseur`, or undefined */
  readonly expertVerdict: (
    expert: PlanningProfessional,
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
    professionals,
    cases: ruleCases,
    caseIdByReference: new Map(),
    sessions: new Map(),
    signals: new Map(),
    meetings: new Set(),
  }
  const professionalOf = (p: PlanningProfessional): Professional =>
    professionals.get(p.id) ?? asRuleProfessional(p)
  const caseOf = (c: PlanningCase): Case => ruleCases.get(c.id) ?? asRuleCase(c)
  const joins = (
    member: PlanningProfessional,
    regisseur: PlanningProfessional,
    theCase: PlanningCase,
    role: CaseRole,
  ) =>
    mayJoinCase({
      team: world,
      professional: professionalOf(member),
      theCase: { ...caseOf(theCase), regie: { professionalId: regisseur.id } },
      role,
      supervisorId: undefined,
      exemption: undefined,
      on: team.on,
    })
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
    // A member joins once the proposed regisseur holds regie, as the meeting records it; the check
    // is the decider's own for AddCaseMember (`mayJoinCase`).
    tandemVerdict: (practitioner, regisseur, theCase) =>
      joins(practitioner, regisseur, theCase, 'tandem-practitioner'),
    needsExpert: (theCase) =>
      theCase.setting === 'gezinshuis' && !hasRegisteredExpert(world, caseOf(theCase), team.on),
    expertVerdict: (expert, regisseur, theCase) => joins(expert, regisseur, theCase, 'behavioural-scientist'),
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

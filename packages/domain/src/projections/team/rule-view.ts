import type { FoundedTeam, Professional, Registration } from '../../decider/state.ts'
import type { DateOnly } from '../../shared/primitives.ts'
import type { Register } from '../../shared/vocabulary.ts'
import { spanValidOn } from './registration-status.ts'
import type { ProfessionalView, TeamState } from './team-state.ts'

/**
 * The decider's view of a professional on a day, built from the projection, so the projections ask
 * the rules in `src/rules/` themselves instead of re-deriving them. Per register the rules read one
 * period: the one in force on `on`, else the latest that had started by then.
 */
const ruleProfessional = (view: ProfessionalView, on: DateOnly): Professional => {
  const registrations = new Map<Register, Registration>()
  const inForce = new Set<Register>()
  for (const span of view.registrations) {
    if (inForce.has(span.register) || (span.from > on && registrations.has(span.register))) continue
    if (spanValidOn(span, on)) inForce.add(span.register)
    registrations.set(span.register, {
      register: span.register,
      validFrom: span.from,
      validUntil: span.until,
      ...(span.endedOn !== undefined ? { endedOn: span.endedOn } : {}),
    })
  }
  return {
    professionalId: view.id,
    discipline: view.discipline,
    educationLevel: view.educationLevel,
    employment: view.employment,
    registrations,
    absences: view.absences.map((absence) => ({
      absenceId: absence.id,
      from: absence.from,
      until: absence.until,
    })),
  }
}

/**
 * The rules' team on `on` with just the people named in `ids` who are still on the team: someone who
 * left is no longer there to hold regie, supervise or set treatment plans.
 */
export const ruleTeam = (state: TeamState, ids: Iterable<string>, on: DateOnly): FoundedTeam => {
  const professionals = new Map<string, Professional>()
  for (const id of ids) {
    const view = state.professionals[id]
    if (view && (view.leftOn === undefined || view.leftOn > on))
      professionals.set(id, ruleProfessional(view, on))
  }
  return {
    status: 'founded',
    teamId: state.teamId ?? '',
    professionals,
    cases: new Map(),
    caseIdByReference: new Map(),
    sessions: new Map(),
    signals: new Map(),
    meetings: new Set(),
  }
}

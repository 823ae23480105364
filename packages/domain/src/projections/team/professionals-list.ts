import type { DateOnly } from '../../shared/primitives.ts'
import type { Discipline, EducationLevel, Employment } from '../../shared/vocabulary.ts'
import { type Capacity, contractHoursOn, isAbsentOn } from '../../weights/capacity.ts'
import { teamMembersOn } from './case-facts.ts'
import { caseloadBalance } from './caseload-balance.ts'
import { type RegistrationStandingView, registrationStandingOn } from './registration-standing.ts'
import type { TeamState } from './team-state.ts'

/** One colleague as a picker shows them: who they are, their registration, and their room. */
export interface ProfessionalSummary {
  readonly professionalId: string
  readonly name: string
  readonly discipline: Discipline
  readonly educationLevel: EducationLevel
  readonly employment: Employment
  readonly starter: boolean
  /** the contract in force on `asOf` */
  readonly contractHours: number
  readonly registration: RegistrationStandingView
  readonly expertise: readonly string[]
  readonly absentToday: boolean
  /** caseload points (the balance's `load.points`) */
  readonly load: number
  readonly capacity: Capacity
  readonly ratio: number | null
  readonly overloaded: boolean
}

/**
 * Every colleague on the team on `asOf`, by name, with the facts a team weighs when it picks a
 * regisseur or tandem partner (R4–R8): registration standing, expertise, absence, and load against
 * capacity from the same sums as the caseload balance.
 */
export const professionalsList = (state: TeamState, asOf: DateOnly): readonly ProfessionalSummary[] => {
  const balance = new Map(
    caseloadBalance(state, asOf).members.map((member) => [member.professionalId, member]),
  )
  return teamMembersOn(state, asOf).flatMap((view) => {
    const member = balance.get(view.id)
    if (!member) return []
    return [
      {
        professionalId: view.id,
        name: view.name,
        discipline: view.discipline,
        educationLevel: view.educationLevel,
        employment: view.employment,
        starter: view.starter,
        contractHours: contractHoursOn(view, asOf),
        registration: registrationStandingOn(view, asOf),
        expertise: view.expertise,
        absentToday: isAbsentOn(view, asOf),
        load: member.load.points,
        capacity: member.capacity,
        ratio: member.ratio,
        overloaded: member.overloaded,
      },
    ]
  })
}

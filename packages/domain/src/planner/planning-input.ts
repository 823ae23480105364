import type { Registration } from '../decider/state.ts'
import type { DateOnly } from '../shared/primitives.ts'
import type { TeamSettings } from '../shared/team-settings.ts'
import type {
  CareSetting,
  CaseRole,
  Discipline,
  EducationLevel,
  Employment,
  Indicators,
  Intensity,
} from '../shared/vocabulary.ts'

/**
 * What the planner knows about a team on the day of the meeting. Plain data the read side already
 * has (see `planningTeamFrom`); the planner records nothing and reads no clock.
 */
export interface PlanningTeam {
  /** the meeting's date: registrations, absences and starters are judged on it */
  readonly on: DateOnly
  readonly settings: TeamSettings
  readonly professionals: readonly PlanningProfessional[]
  /** how far ahead absences count against a candidate; default 4 weeks */
  readonly horizonWeeks?: number
}

export interface PlanningProfessional {
  readonly id: string
  readonly name: string
  readonly discipline: Discipline
  readonly educationLevel: EducationLevel
  readonly employment: Employment
  /** in the first year: pairing two starters is avoided */
  readonly starter: boolean
  readonly expertise: readonly string[]
  /** the latest period per register, as the rules read them */
  readonly registrations: readonly Registration[]
  readonly absences: readonly { readonly from: DateOnly; readonly until: DateOnly }[]
  /** caseload points now (the balance's `load.points`) */
  readonly load: number
  /** capacity points in the week of `on` (the balance's `capacity.points`); 0 when away all week */
  readonly capacity: number
}

export interface PlanningCase {
  readonly id: string
  readonly reference: string
  readonly setting: CareSetting
  readonly expertiseNeeded: readonly string[]
  /** absent until the team weighed the case; the rules then treat it as needing registration */
  readonly assessment?: { readonly indicators: Indicators; readonly intensity: Intensity }
  /** who works on the case now besides a regisseur */
  readonly members: readonly { readonly professionalId: string; readonly role: CaseRole }[]
  /** colleagues who know the family already (earlier regisseurs and members): continuity */
  readonly knownBy: readonly string[]
  /** how long the team expects the help to last; registration validity is checked over it */
  readonly expectedWeeks?: number
}

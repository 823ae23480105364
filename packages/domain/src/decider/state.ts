import type { DateOnly } from '../shared/primitives.ts'
import type {
  CareSetting,
  CaseRole,
  Discipline,
  EducationLevel,
  Employment,
  Exemption,
  Indicators,
  Intensity,
  Register,
} from '../shared/vocabulary.ts'

/**
 * What `decide` needs to know about a team, folded from its stream by `evolve`. Only facts that some
 * rule reads are kept; weights, loads and agendas are the read side's (projections).
 */

export interface Registration {
  readonly register: Register
  readonly validFrom: DateOnly
  readonly validUntil: DateOnly
  /** set when the registration stopped being in order before `validUntil` (R7) */
  readonly endedOn?: DateOnly
}

export interface Absence {
  readonly absenceId: string
  readonly from: DateOnly
  readonly until: DateOnly
}

export interface Professional {
  readonly professionalId: string
  readonly discipline: Discipline
  readonly educationLevel: EducationLevel
  readonly employment: Employment
  readonly registrations: ReadonlyMap<Register, Registration>
  readonly absences: readonly Absence[]
  /** set once the professional left the team; kept so ids are never reused */
  readonly leftOn?: DateOnly
}

export interface CaseMember {
  readonly role: CaseRole
  readonly supervisorId?: string
  readonly exemption?: Exemption
}

export interface Regie {
  readonly professionalId: string
  readonly exemption?: Exemption
}

export interface Case {
  readonly caseId: string
  readonly reference: string
  readonly setting: CareSetting
  readonly status: 'open' | 'closed'
  readonly assessment?: { readonly indicators: Indicators; readonly intensity: Intensity }
  readonly regie?: Regie
  readonly members: ReadonlyMap<string, CaseMember>
}

export interface ReflectionSession {
  readonly status: 'planned' | 'held' | 'cancelled'
}

export interface WorkloadSignal {
  readonly status: 'open' | 'answered'
}

export interface UnfoundedTeam {
  readonly status: 'unfounded'
}

export interface FoundedTeam {
  readonly status: 'founded'
  readonly teamId: string
  readonly professionals: ReadonlyMap<string, Professional>
  readonly cases: ReadonlyMap<string, Case>
  /** case id per team reference: references are unique in a team, checked on every registration */
  readonly caseIdByReference: ReadonlyMap<string, string>
  readonly sessions: ReadonlyMap<string, ReflectionSession>
  readonly signals: ReadonlyMap<string, WorkloadSignal>
  /** every meeting ever opened, so a meeting id is never reused */
  readonly meetings: ReadonlySet<string>
  readonly openMeetingId?: string
}

/** A team's decision state: a union on `status`, so only a founded team has members and cases. */
export type TeamDecisionState = UnfoundedTeam | FoundedTeam

export const initialState = (): TeamDecisionState => ({ status: 'unfounded' })

/**
 * Response shapes of the planning endpoints: preview, professionals, case detail, teams, timeline and
 * the planning assistant (issue 6). Like `types.ts`, they mirror what the server computes; the
 * browser renders them and adds nothing up itself.
 */
import type {
  Capacity,
  CaseloadBalance,
  CaseWeight,
  CommandBody,
  Indicators,
  Intensity,
  RecordedEvent,
} from './types.ts'

/** Registration standing as the domain judges it on the day shown (R1, R7). */
export type RegistrationStatus = 'valid' | 'expiring' | 'lapsed' | 'none'

export interface RegistrationStanding {
  readonly status: RegistrationStatus
  readonly register: string | null
  /** the last day in order: ahead for valid and expiring, past for lapsed */
  readonly validUntil: string | null
}

/** `GET /api/teams/:teamId/professionals`: one colleague for a picker. */
export interface ProfessionalOption {
  readonly professionalId: string
  readonly name: string
  readonly discipline?: string
  readonly registration: RegistrationStanding
  readonly load?: number
  readonly capacity?: Capacity
  readonly ratio?: number | null
  readonly overloaded?: boolean
  readonly absentToday?: boolean
  readonly starter?: boolean
}

/** A norm gap a decision would leave behind (R4–R7), as the agenda and the preview report it. */
export interface NormGap {
  readonly caseId: string
  readonly reference: string
  readonly professionalId: string
  readonly name?: string | null
  readonly role: string
  readonly code: string
  readonly rule?: string
  readonly reason?: string
  readonly responsibleId?: string
  readonly since?: string
  readonly daysOpen?: number
}

/** `POST /api/commands/preview`: what the commands would record and do, with nothing appended. */
export interface PreviewReply {
  readonly events: readonly RecordedEvent[]
  readonly before: CaseloadBalance
  readonly after: CaseloadBalance
  readonly normGaps: readonly NormGap[]
}

export interface CasePerson {
  readonly professionalId: string
  readonly name: string | null
  readonly onTeam?: boolean
  readonly registration: RegistrationStanding | null
}

export interface CaseMemberDetail extends CasePerson {
  readonly role: string
  readonly since?: string
}

/** `GET /api/teams/:teamId/cases/:caseId`: one case with its weight explained. */
export interface CaseDetail {
  readonly caseId: string
  readonly reference: string
  readonly status?: 'open' | 'closed'
  readonly setting?: string
  readonly assessment?: {
    readonly indicators: Indicators
    readonly intensity: Intensity
    readonly reasoning: string
    readonly on: string
  } | null
  readonly weight?: CaseWeight
  readonly needsRegistration?: boolean
  readonly regisseur?: (CasePerson & { readonly since?: string }) | null
  readonly members?: readonly CaseMemberDetail[]
}

/** A reflection session still to be held or cancelled, with who takes part (`/reflection`). */
export interface PlannedSession {
  readonly sessionId: string
  readonly kind: string
  readonly on: string
  readonly hours: number
  readonly participants: readonly { readonly professionalId: string; readonly name: string | null }[]
  readonly overdue?: boolean
}

/** `GET /api/teams`: a team the caller may see. */
export interface TeamSummary {
  readonly teamId: string
  readonly name?: string
}

/** Why the planner ranks or excludes someone; Dutch and English, as the domain wrote it. */
export interface PlannerReason {
  readonly code: string
  readonly tone: 'for' | 'against' | 'neutral'
  readonly nl: string
  readonly en: string
}

export interface Placement {
  readonly professionalId: string
  readonly name: string
  readonly points: number
  readonly ratioBefore: number
  readonly ratioAfter: number
}

export interface Suggestion {
  readonly regisseur: Placement
  readonly practitioner?: Placement
  readonly expert?: Placement
  readonly score: number
  readonly reasons: readonly PlannerReason[]
}

export interface Exclusion {
  readonly professionalId: string
  readonly name: string
  readonly role: string
  readonly code: string
  readonly rule?: string
  readonly nl: string
  readonly en: string
}

/** `GET /api/teams/:teamId/planner/cases/:caseId`. */
export interface Ranking {
  readonly caseId: string
  readonly reference: string
  readonly weight: number
  readonly needsRegistration: boolean
  readonly suitsTandem: boolean
  readonly regisseurs: readonly Suggestion[]
  readonly tandems: readonly Suggestion[]
  readonly excluded: readonly Exclusion[]
}

export interface ProposalItem {
  readonly caseId: string
  readonly reference: string
  readonly regisseur: Placement
  readonly practitioner?: Placement
  readonly expert?: Placement
  readonly reasons: readonly PlannerReason[]
  /** the ordinary decisions accepting this item records */
  readonly commands: readonly CommandBody[]
}

export interface MemberShift {
  readonly professionalId: string
  readonly name: string
  readonly ratioBefore: number
  readonly ratioAfter: number
}

/** `GET /api/teams/:teamId/planner/meeting`. */
export interface MeetingProposal {
  readonly items: readonly ProposalItem[]
  readonly unplaced: readonly {
    readonly caseId: string
    readonly reference: string
    readonly excluded: readonly Exclusion[]
  }[]
  readonly balance?: readonly MemberShift[]
  readonly maxRatio: number
  readonly lowerBound: number
  readonly optimal: boolean
}

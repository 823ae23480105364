/**
 * The response shapes the web renders. They mirror the server's JSON (issue 4) and the domain's
 * projections (issue 3); the browser computes none of these numbers itself.
 */

export type Role = 'professional' | 'coach' | 'auditor' | 'admin'

/** The account behind the session (`GET /api/auth/me` → `{ account, csrfToken }`). */
export interface Me {
  readonly id: string
  readonly username: string
  readonly displayName: string
  readonly role: Role
  readonly professionalId?: string | null
  /** teams a professional or coach belongs to; empty for auditors and admins, who see every team */
  readonly teamIds: readonly string[]
}

/** The auth endpoints wrap the account and hand out the session's CSRF token. */
export interface SessionReply {
  readonly account: Me
  readonly csrfToken?: string
}

export interface CommandBody {
  readonly type: string
  readonly [field: string]: unknown
}

export interface RecordedEvent {
  readonly position: number | string
  readonly type: string
  readonly data?: unknown
}

export interface CommandResult {
  readonly events?: readonly RecordedEvent[]
  readonly position?: number | string
}

export interface Indicators {
  readonly unsafe: boolean
  readonly heavyResponsibility: boolean
  readonly complexProblems: boolean
  readonly highImpact: boolean
}

export type Intensity = 'light' | 'moderate' | 'heavy' | 'crisis'

export type LoadRole =
  | 'regisseur'
  | 'tandem-practitioner'
  | 'gezinshuisouder'
  | 'behavioural-scientist'
  | 'intern'
  | 'co-worker'
  | 'intern-supervisor'

/** A case's share of one professional's load (DESIGN.md §4: weight × role factor). */
export interface LoadPart {
  readonly caseId: string
  readonly reference: string
  readonly role: LoadRole
  readonly weight: number
  readonly factor: number
  readonly points: number
}

export interface Load {
  readonly points: number
  readonly parts: readonly LoadPart[]
}

/** How capacity came about: contract hours → FTE → points, adjusted for starters and absence. */
export interface Capacity {
  readonly points: number
  readonly contractHours: number
  readonly fte: number
  readonly pointsPerFte: number
  readonly starterFactor: number
  readonly presentShare: number
}

/** One professional in the caseload balance (domain `MemberBalance`). */
export interface MemberBalance {
  readonly professionalId: string
  readonly name: string
  readonly load: Load
  readonly capacity: Capacity
  /** null when capacity is zero (absent all week) */
  readonly ratio: number | null
  readonly overloaded: boolean
}

export interface CaseloadBalance {
  readonly asOf: string
  readonly members: readonly MemberBalance[]
  readonly team: {
    readonly load: number
    readonly capacity: number
    readonly ratio: number | null
    readonly unplacedPoints: number
  }
}

export interface WeekBalance {
  readonly weekStart: string
  readonly load: number
  readonly capacity: number
  readonly ratio: number | null
}

export type WeightPart =
  | { readonly kind: 'intensity'; readonly intensity: Intensity; readonly points: number }
  | { readonly kind: 'indicator'; readonly indicator: keyof Indicators; readonly points: number }

/** A case's weight with its parts, so the UI can show why a case weighs what it weighs. */
export interface CaseWeight {
  readonly points: number
  readonly assessed: boolean
  readonly parts: readonly WeightPart[]
}

export interface NewCase {
  readonly caseId: string
  readonly reference: string
  readonly receivedOn: string
  readonly expertiseNeeded: readonly string[]
  readonly assessed: boolean
  readonly intensity?: Intensity
  readonly daysWaiting: number
}

export type UnassignedReason =
  | 'no-regisseur'
  | 'regisseur-left-team'
  | 'regisseur-absent'
  | 'regisseur-unregistered'
  | 'regisseur-registration-lapsed'

export interface UnassignedRegie {
  readonly caseId: string
  readonly reference: string
  readonly reason: UnassignedReason
  readonly regisseurId?: string
  readonly intensity?: Intensity
  readonly indicators?: Indicators
  readonly indicatorCount: number
  readonly waitingSince: string
  readonly daysWaiting: number
}

export interface TandemHealth {
  readonly caseId: string
  readonly reference: string
  readonly regisseurId: string
  readonly practitionerId: string
  readonly intervalDays: number
  readonly since: string
  readonly lastContactOn: string | null
  readonly dueOn: string
  readonly overdueDays: number
  readonly regisseurName?: string | null
  readonly practitionerName?: string | null
}

export interface RegistrationWarning {
  readonly professionalId: string
  readonly name: string
  readonly register: string
  readonly status: 'expiring' | 'lapsed'
  readonly date: string
  readonly days: number
}

export interface OpenSignal {
  readonly signalId: string
  readonly professionalId: string
  readonly raisedOn: string
  readonly description: string
  readonly daysOpen: number
  readonly name?: string | null
}

export interface MeetingView {
  readonly id: string
  readonly heldOn: string
  readonly present: readonly string[]
  readonly presentNames?: readonly (string | null)[]
}

export interface MeetingAgenda {
  readonly asOf: string
  readonly newCases: readonly NewCase[]
  readonly unassignedRegie: readonly UnassignedRegie[]
  readonly overloaded: readonly MemberBalance[]
  readonly tandemsOverdue: readonly TandemHealth[]
  readonly registrations: readonly RegistrationWarning[]
  readonly openSignals: readonly OpenSignal[]
  readonly openMeeting: MeetingView | null
}

export interface ReflectionFigures {
  readonly norm: number
  readonly planned: number
  readonly held: number
  readonly cancelledForWorkload: number
  readonly averageGrade: number | null
  readonly becameCaseDiscussion: number
}

export interface ReflectionPeriod {
  readonly from: string
  readonly until: string
  readonly team: ReflectionFigures
  readonly members: readonly ({
    readonly professionalId: string
    readonly name: string
  } & ReflectionFigures)[]
}

export interface ReflectionSession {
  readonly id: string
  readonly kind: string
  readonly on: string
  readonly hours: number
  readonly participants: readonly string[]
  readonly status: 'planned' | 'held' | 'cancelled'
}

export interface ExemptionRecord {
  readonly caseId: string
  readonly reference: string
  readonly professionalId: string
  readonly role: string
  readonly ground: string
  readonly reasoning: string
  readonly decidedBy: readonly string[]
  readonly actor: string
  readonly occurredAt: string
  readonly position: number
  readonly meetingId?: string
  readonly name?: string | null
  readonly decidedByNames?: readonly (string | null)[]
  readonly actorName?: string | null
}

export interface Deviation {
  readonly caseId: string
  readonly reference: string
  readonly kind: string
  readonly professionalId?: string
  readonly from: string
  readonly until: string | null
  readonly days: number
  readonly reasoning: readonly string[]
  readonly name?: string | null
}

export interface NormAudit {
  readonly asOf: string
  readonly exemptions: readonly ExemptionRecord[]
  readonly deviations: readonly Deviation[]
}

/** One stored event as the audit export and timeline show it (DESIGN.md §5, the envelope). */
export interface AuditEvent {
  readonly position: number
  readonly streamId?: string
  readonly type: string
  readonly data?: Readonly<Record<string, unknown>>
  readonly metadata?: {
    readonly actor?: string
    /** the account's display name; null once the account was erased */
    readonly actorName?: string | null
    readonly role?: string
    readonly occurredAt?: string
    readonly meetingId?: string
    readonly reasoning?: string
  }
  readonly recordedAt?: string
}

/** `GET /api/audit/verify` (the store's VerifyReport): the whole chain checks out, or where it breaks. */
export interface ChainCheck {
  readonly ok: boolean
  readonly eventsChecked: number
  readonly head?: number
  /** the first position whose content, order or chain does not match */
  readonly position?: number
  readonly detail?: string
}

/** `GET /api/teams/:teamId/my-week` (domain `MyWeek`). */
export interface MyWeek {
  readonly professionalId: string
  readonly asOf: string
  readonly balance: MemberBalance | null
  readonly cases: readonly LoadPart[]
  readonly tandems: readonly TandemHealth[]
  readonly nextReflection: ReflectionSession | null
  readonly openSignals: readonly OpenSignal[]
}

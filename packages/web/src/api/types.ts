/**
 * The response shapes the web renders. Answers of the domain's projections and planner are the
 * domain's own types (type-only imports, erased from the bundle), named here as the screens know
 * them; only the shapes that belong to the HTTP edge (session, accounts, command replies, chain
 * check) are declared here. The browser computes none of these numbers itself.
 */
export type {
  ActorNamedNormAudit as NormAudit,
  CaseloadBalance,
  CaseWeight,
  CommandBody,
  Indicators,
  Intensity,
  LoadPart,
  MemberBalance,
  NamedMeetingAgenda as MeetingAgenda,
  NamedMyWeek as MyWeek,
  NamedTandem as TandemHealth,
  NamedUnassignedRegie as UnassignedRegie,
  ReflectionFigures,
  ReflectionPeriod,
  TimelineEntry as AuditEvent,
  WeekBalance,
} from '@tandem/domain'

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

/** An account as `GET /api/accounts` lists it for an admin (never a password hash). */
export interface Account extends Me {
  readonly createdAt: string
}

/** The auth endpoints wrap the account and hand out the session's CSRF token. */
export interface SessionReply {
  readonly account: Me
  readonly csrfToken?: string
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

/** `GET /api/audit/verify` (the store's VerifyReport): the whole chain checks out, or where it breaks. */
export interface ChainCheck {
  readonly ok: boolean
  readonly eventsChecked: number
  readonly head?: number
  /** the first position whose content, order or chain does not match */
  readonly position?: number
  readonly detail?: string
}

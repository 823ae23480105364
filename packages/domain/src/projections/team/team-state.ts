import type { DateOnly } from '../../shared/primitives.ts'
import { defaultTeamSettings, type TeamSettings } from '../../shared/team-settings.ts'
import type {
  AbsenceKind,
  CareSetting,
  CaseRole,
  Discipline,
  EducationLevel,
  Employment,
  Exemption,
  ExemptionGround,
  Indicators,
  Intensity,
  PlanKind,
  Register,
  RegistrationEndReason,
} from '../../shared/vocabulary.ts'
import type { CapacityInput } from '../../weights/capacity.ts'

/**
 * The team as the caseload, regie, agenda, tandem, waiting-list, norm-audit and my-week queries see it. One
 * fold feeds all of them, so a rebuild reads the log once for all these views (docs/architecture.md#figures).
 * Plain data only (see `Projection`): records keyed by id, arrays appended in log order.
 */
export interface TeamState {
  teamId: string | null
  name: string | null
  foundedOn: DateOnly | null
  /** the settings in force; before TeamFounded the defaults */
  settings: TeamSettings
  professionals: Record<string, ProfessionalView>
  cases: Record<string, CaseView>
  /** ids of cases not closed: the views iterate these, not every case the team ever had */
  openCases: Record<string, true>
  /**
   * every exemption ever recorded, in log order (R3; Model Professioneel Statuut: "het vastleggen van afwegingen")
   */
  exemptions: ExemptionRecord[]
  signals: Record<string, SignalView>
  openMeeting: MeetingView | null
  /** the team's balance at the end of every finished week (see balance-history.ts) */
  history: WeekBalance[]
  /** the Monday of the latest week an event occurred in */
  openWeek: DateOnly | null
  /** the Monday after it, so the fold sees "same week" with one string comparison */
  openWeekEnd: DateOnly | null
}

export interface RegistrationSpan {
  register: Register
  number: string
  from: DateOnly
  until: DateOnly
  /** the registration stopped being in order on this day, before `until` (R7) */
  endedOn?: DateOnly
  endReason?: RegistrationEndReason
}

export interface ProfessionalView extends CapacityInput {
  id: string
  name: string
  discipline: Discipline
  educationLevel: EducationLevel
  employment: Employment
  contracts: { from: DateOnly; hours: number }[]
  joinedOn: DateOnly
  starter: boolean
  absences: { id: string; kind: AbsenceKind; from: DateOnly; until: DateOnly }[]
  leftOn?: DateOnly
  /** every registration period, oldest first; a renewal after a lapse opens a new span */
  registrations: RegistrationSpan[]
  expertise: string[]
}

export interface MemberView {
  professionalId: string
  role: CaseRole
  since: DateOnly
  supervisorId?: string
  contactIntervalDays?: number
  exemption?: Exemption
}

export interface RegieView {
  professionalId: string
  since: DateOnly
  exemption?: Exemption
}

/** The moments of a case the norm audit replays; each keeps what was recorded at the time. */
export type CaseMoment =
  | {
      kind: 'assessed'
      on: DateOnly
      needsRegistration: boolean
      reasoning: string
      indicators: Indicators
      intensity: Intensity
    }
  | { kind: 'regie-assigned'; on: DateOnly; professionalId: string; exemption?: Exemption }
  | { kind: 'regie-released'; on: DateOnly; professionalId: string; reason: string }
  | {
      kind: 'member-added'
      on: DateOnly
      professionalId: string
      role: CaseRole
      supervisorId?: string
      exemption?: Exemption
    }
  | { kind: 'member-removed'; on: DateOnly; professionalId: string }
  | { kind: 'closed'; on: DateOnly; reason: string }

export interface CaseView {
  id: string
  reference: string
  receivedOn: DateOnly
  setting: CareSetting
  expertiseNeeded: string[]
  assessment?: { indicators: Indicators; intensity: Intensity; reasoning: string; on: DateOnly }
  regie?: RegieView
  firstRegieOn?: DateOnly
  /** when the last regisseur let go; the case waits for regie again from then */
  regieReleasedOn?: DateOnly
  members: MemberView[]
  /** last structural contact per tandem pair, keyed `regisseurId>practitionerId` (R4) */
  contacts: Record<string, DateOnly>
  plans: { kind: PlanKind; establishedBy: string; on: DateOnly; reviewOn?: DateOnly }[]
  closedOn?: DateOnly
  timeline: CaseMoment[]
}

export interface ExemptionRecord {
  caseId: string
  reference: string
  professionalId: string
  role: 'regisseur' | CaseRole
  ground: ExemptionGround
  reasoning: string
  decidedBy: readonly string[]
  actor: string
  occurredAt: string
  position: number
  meetingId?: string
}

export interface SignalView {
  id: string
  professionalId: string
  raisedOn: DateOnly
  description: string
  answeredOn?: DateOnly
  answer?: string
}

export interface MeetingView {
  id: string
  heldOn: DateOnly
  present: string[]
}

export interface WeekBalance {
  /** Monday of the week */
  weekStart: DateOnly
  load: number
  capacity: number
  /** null when the team had no capacity that week */
  ratio: number | null
}

export const initialTeamState = (): TeamState => ({
  teamId: null,
  name: null,
  foundedOn: null,
  settings: defaultTeamSettings,
  professionals: {},
  cases: {},
  openCases: {},
  exemptions: [],
  signals: {},
  openMeeting: null,
  history: [],
  openWeek: null,
  openWeekEnd: null,
})

export const pairKey = (regisseurId: string, practitionerId: string): string =>
  `${regisseurId}>${practitionerId}`

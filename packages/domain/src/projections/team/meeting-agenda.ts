import type { DateOnly } from '../../shared/primitives.ts'
import type { Intensity } from '../../shared/vocabulary.ts'
import { daysBetween } from '../dates.ts'
import { byText } from '../order.ts'
import { activeCases } from './case-facts.ts'
import { caseloadBalance, type MemberBalance } from './caseload-balance.ts'
import { type NormGap, normGaps } from './norm-gaps.ts'
import { type OpenSignal, openSignals } from './open-signals.ts'
import { type RegistrationWarning, registrationsExpiring } from './registrations-expiring.ts'
import { type TandemHealth, tandemHealth } from './tandem-health.ts'
import type { MeetingView, TeamState } from './team-state.ts'
import { type UnassignedRegie, unassignedRegie } from './unassigned-regie.ts'

export interface NewCase {
  readonly caseId: string
  readonly reference: string
  readonly receivedOn: DateOnly
  readonly expertiseNeeded: readonly string[]
  readonly assessed: boolean
  readonly intensity?: Intensity
  readonly daysWaiting: number
}

export interface MeetingAgenda {
  readonly asOf: DateOnly
  /** registered cases still to weigh, or that never had a regisseur: to divide at this meeting */
  readonly newCases: readonly NewCase[]
  readonly unassignedRegie: readonly UnassignedRegie[]
  /** members of open cases who no longer fit their role (R4–R7): to put back in line */
  readonly normGaps: readonly NormGap[]
  readonly overloaded: readonly MemberBalance[]
  readonly tandemsOverdue: readonly TandemHealth[]
  readonly registrations: readonly RegistrationWarning[]
  readonly openSignals: readonly OpenSignal[]
  readonly openMeeting: MeetingView | null
}

/**
 * The weekly meeting's agenda (verdeeloverleg). Unassigned regie leads it (R10: a case without a regisseur
 * "is the first item of the weekly meeting", docs/architecture.md#the-rules); the other sections are what the
 * team must decide or answer together: norm gaps that arose after a decision (R4–R7), overload (R8), tandem
 * contact (R4), registrations (R7), signals (R11).
 */
export const meetingAgenda = (state: TeamState, asOf: DateOnly): MeetingAgenda => ({
  asOf,
  newCases: activeCases(state)
    .filter((view) => view.assessment === undefined || view.firstRegieOn === undefined)
    .map((view) => ({
      caseId: view.id,
      reference: view.reference,
      receivedOn: view.receivedOn,
      expertiseNeeded: view.expertiseNeeded,
      assessed: view.assessment !== undefined,
      ...(view.assessment ? { intensity: view.assessment.intensity } : {}),
      daysWaiting: Math.max(0, daysBetween(view.receivedOn, asOf)),
    }))
    .sort((a, b) => b.daysWaiting - a.daysWaiting || byText(a.reference, b.reference)),
  unassignedRegie: unassignedRegie(state, asOf),
  normGaps: normGaps(state, asOf),
  overloaded: caseloadBalance(state, asOf)
    .members.filter((member) => member.overloaded)
    .sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0)),
  tandemsOverdue: tandemHealth(state, asOf).filter((pair) => pair.overdueDays > 0),
  registrations: registrationsExpiring(state, asOf),
  openSignals: openSignals(state, asOf),
  openMeeting: state.openMeeting,
})

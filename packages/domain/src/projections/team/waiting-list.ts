import type { DateOnly } from '../../shared/primitives.ts'
import { daysBetween } from '../dates.ts'
import { byText } from '../order.ts'
import type { TeamState } from './team-state.ts'

export interface WaitingCase {
  readonly caseId: string
  readonly reference: string
  readonly receivedOn: DateOnly
  readonly assessed: boolean
  readonly daysWaiting: number
}

export interface PlacedCase {
  readonly caseId: string
  readonly reference: string
  readonly receivedOn: DateOnly
  readonly regieOn: DateOnly
  readonly daysToRegie: number
}

export interface WaitingList {
  /** open cases that never had a regisseur, longest waiting first */
  readonly waiting: readonly WaitingCase[]
  /** cases that got their first regisseur, most recent first */
  readonly placed: readonly PlacedCase[]
  /** mean days from received to first regie over `placed`; null when none */
  readonly averageDaysToRegie: number | null
}

/**
 * Waiting list: how long families wait from the team receiving the request to a regisseur (R10).
 * Regie lost later is unassigned regie, not waiting.
 */
export const waitingList = (state: TeamState, asOf: DateOnly): WaitingList => {
  const waiting: WaitingCase[] = []
  const placed: PlacedCase[] = []
  for (const view of Object.values(state.cases)) {
    const { id: caseId, reference, receivedOn } = view
    if (view.firstRegieOn !== undefined) {
      const daysToRegie = Math.max(0, daysBetween(receivedOn, view.firstRegieOn))
      placed.push({ caseId, reference, receivedOn, regieOn: view.firstRegieOn, daysToRegie })
    } else if (view.closedOn === undefined) {
      const daysWaiting = Math.max(0, daysBetween(receivedOn, asOf))
      waiting.push({ caseId, reference, receivedOn, assessed: view.assessment !== undefined, daysWaiting })
    }
  }
  const total = placed.reduce((sum, row) => sum + row.daysToRegie, 0)
  return {
    waiting: waiting.sort((a, b) => b.daysWaiting - a.daysWaiting || byText(a.reference, b.reference)),
    placed: placed.sort((a, b) => byText(b.regieOn, a.regieOn) || byText(a.reference, b.reference)),
    averageDaysToRegie: placed.length > 0 ? total / placed.length : null,
  }
}

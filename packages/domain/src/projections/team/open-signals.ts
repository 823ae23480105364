import type { DateOnly } from '../../shared/primitives.ts'
import { daysBetween } from '../dates.ts'
import { byText } from '../order.ts'
import type { TeamState } from './team-state.ts'

export interface OpenSignal {
  readonly signalId: string
  readonly professionalId: string
  readonly raisedOn: DateOnly
  readonly description: string
  readonly daysOpen: number
}

/**
 * Workload signals raised by `asOf` and not yet answered (R11, Model Professioneel Statuut: "Professional
 * en/of organisatie hebben de verantwoordelijkheid om te signaleren", and the organisation must answer).
 * Oldest first; pass `professionalId` for one person's own signals.
 */
export const openSignals = (
  state: TeamState,
  asOf: DateOnly,
  professionalId?: string,
): readonly OpenSignal[] =>
  Object.values(state.signals)
    .filter(
      (signal) =>
        signal.raisedOn <= asOf &&
        (signal.answeredOn === undefined || signal.answeredOn > asOf) &&
        (professionalId === undefined || signal.professionalId === professionalId),
    )
    .map((signal) => ({
      signalId: signal.id,
      professionalId: signal.professionalId,
      raisedOn: signal.raisedOn,
      description: signal.description,
      daysOpen: daysBetween(signal.raisedOn, asOf),
    }))
    .sort((a, b) => byText(a.raisedOn, b.raisedOn) || byText(a.signalId, b.signalId))

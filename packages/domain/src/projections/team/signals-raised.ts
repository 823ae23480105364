import type { DateOnly } from '../../shared/primitives.ts'
import { daysBetween } from '../dates.ts'
import { byText } from '../order.ts'
import type { TeamState } from './team-state.ts'

/** One of a professional's own workload signals, with where it stands: still open, or answered. */
export interface SignalStatus {
  readonly signalId: string
  readonly raisedOn: DateOnly
  readonly description: string
  readonly status: 'open' | 'answered'
  /** the organisation's answer, once it was given by `asOf` */
  readonly answer: string | null
  readonly answeredOn: DateOnly | null
  /** days from raising to the answer, or to `asOf` while it is open */
  readonly days: number
}

/**
 * Every workload signal one professional raised by `asOf`, newest first, open or answered (R11:
 * the organisation must answer, and the one who signalled sees the answer — the loop closes where it
 * opened). An answer given after `asOf` is not known yet.
 */
export const signalsRaisedBy = (
  state: TeamState,
  asOf: DateOnly,
  professionalId: string,
): readonly SignalStatus[] =>
  Object.values(state.signals)
    .filter((signal) => signal.professionalId === professionalId && signal.raisedOn <= asOf)
    .map((signal) => {
      const answered = signal.answeredOn !== undefined && signal.answeredOn <= asOf
      return {
        signalId: signal.id,
        raisedOn: signal.raisedOn,
        description: signal.description,
        status: answered ? ('answered' as const) : ('open' as const),
        answer: answered ? (signal.answer ?? null) : null,
        answeredOn: answered ? signal.answeredOn! : null,
        days: daysBetween(signal.raisedOn, answered ? signal.answeredOn! : asOf),
      }
    })
    .sort((a, b) => byText(b.raisedOn, a.raisedOn) || byText(a.signalId, b.signalId))

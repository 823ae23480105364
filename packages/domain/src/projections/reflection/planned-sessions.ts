import type { DateOnly } from '../../shared/primitives.ts'
import type { ReflectionKind } from '../../shared/vocabulary.ts'
import { byText } from '../order.ts'
import type { ReflectionState } from './reflection-state.ts'

/** A session still to be held or cancelled, with the names of who takes part. */
export interface PlannedSession {
  readonly sessionId: string
  readonly kind: ReflectionKind
  readonly on: DateOnly
  readonly hours: number
  readonly participants: readonly { readonly professionalId: string; readonly name: string | null }[]
  /** its day has passed: record it as held, or cancel it */
  readonly overdue: boolean
}

/**
 * Reflection sessions planned and not yet held or cancelled (R9), earliest first, including those
 * whose day has passed on `asOf`: the team still has to record what became of them.
 */
export const plannedSessions = (state: ReflectionState, asOf: DateOnly): readonly PlannedSession[] =>
  Object.values(state.sessions)
    .filter((session) => session.status === 'planned')
    .sort((a, b) => byText(a.on, b.on) || byText(a.id, b.id))
    .map((session) => ({
      sessionId: session.id,
      kind: session.kind,
      on: session.on,
      hours: session.hours,
      participants: session.participants.map((professionalId) => ({
        professionalId,
        name: state.members[professionalId]?.name ?? null,
      })),
      overdue: session.on < asOf,
    }))

import type { DateOnly, Instant } from '../shared/primitives.ts'

/** Who may act on a team (DESIGN.md §6); auditors replay the log but never decide. */
export type ActorRole = 'professional' | 'coach' | 'auditor' | 'admin'

/**
 * Everything `decide` needs from outside the stream: who acts, in which role, at which moment, and in
 * which meeting. Time comes in here, never from the clock, so a decision can be replayed.
 */
export interface DecisionContext {
  readonly actor: string
  readonly role: ActorRole
  readonly occurredAt: Instant
  /** set when the decision is taken in the weekly meeting; that meeting must be open */
  readonly meetingId?: string
}

/** "Today" for a decision: the date part of `occurredAt` (UTC), e.g. for registration validity. */
export const todayOf = (context: DecisionContext): DateOnly => context.occurredAt.slice(0, 10)

import type { DateOnly, Instant } from '../shared/primitives.ts'

/** Who may act on a team; what each may decide is the authority table's (rules/authority-table.ts). */
export type ActorRole = 'professional' | 'coach' | 'auditor' | 'admin'

/**
 * Everything `decide` needs from outside the stream: who acts, in which role, at which moment, and in
 * which meeting. Time comes in here, never from the clock, so a decision can be replayed.
 */
export interface DecisionContext {
  readonly actor: string
  readonly role: ActorRole
  /**
   * The actor's own professional id, when their account is linked to one: commands the authority
   * table grants only `'self'` (one's own absence, one's own workload signal) need it.
   */
  readonly professionalId?: string
  readonly occurredAt: Instant
  /** set when the decision is taken in the weekly meeting; that meeting must be open */
  readonly meetingId?: string
}

/** "Today" for a decision: the date part of `occurredAt` (UTC), e.g. for registration validity. */
export const todayOf = (context: DecisionContext): DateOnly => context.occurredAt.slice(0, 10)

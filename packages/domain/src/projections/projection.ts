import type { TeamEvent } from '../events/index.ts'

/** The envelope facts a projection may use besides the event (DESIGN.md §5, the event envelope). */
export interface EnvelopeMetadata {
  readonly occurredAt: string
  readonly actor: string
  readonly role: string
  readonly meetingId?: string | undefined
}

/** A decoded event with its place in the log; the input of every projection's `evolve`. */
export interface ProjectedEvent {
  readonly event: TeamEvent
  readonly position: number
  readonly recordedAt: string
  readonly metadata: EnvelopeMetadata
}

/**
 * A projection: a pure fold over one team's stream.
 *
 * - `initial()` returns a fresh state each call, because `evolve` mutates the state it is given and
 *   returns it. The state is private working state of the fold: a 1,000,000-event rebuild cannot
 *   afford to copy maps per event (DESIGN.md §7). Whoever needs a snapshot to keep while the fold
 *   goes on takes one with `structuredClone` or the JSON checkpoint.
 * - Every state is plain data (objects, arrays, strings, numbers, booleans; no Map, Date or class
 *   instances), so `JSON.parse(JSON.stringify(state))` is an exact checkpoint to continue from.
 * - Time-dependent questions (absent today, registration lapsed, contact overdue) are answered by
 *   query functions that take an `asOf` date; the fold itself never reads a clock.
 */
export interface Projection<S> {
  readonly name: string
  /**
   * The shape of the state `S`. Bump it whenever the state's shape or meaning changes: saved
   * checkpoints carry it, and a checkpoint of another version is ignored and the state rebuilt from
   * the log, instead of a newer fold continuing from an older shape.
   */
  readonly version: number
  readonly initial: () => S
  readonly evolve: (state: S, stored: ProjectedEvent) => S
}

/** Where to stop folding: at a log position, or at a moment the store had recorded up to. */
export interface Until {
  readonly position?: number
  readonly recordedAt?: string
}

const included = (stored: ProjectedEvent, until: Until): boolean =>
  (until.position === undefined || stored.position <= until.position) &&
  (until.recordedAt === undefined || stored.recordedAt <= until.recordedAt)

/**
 * Folds `events` (in log order) from the initial state, or from `from` (a checkpoint the caller owns
 * and lets this fold mutate). With `until`, only the prefix the log held at that position or moment
 * is folded: the state "as the team knew it then".
 */
export const foldEvents = <S>(
  projection: Projection<S>,
  events: Iterable<ProjectedEvent>,
  options: { readonly from?: S; readonly until?: Until } = {},
): S => {
  let state = options.from ?? projection.initial()
  for (const stored of events) {
    if (options.until && !included(stored, options.until)) break
    state = projection.evolve(state, stored)
  }
  return state
}

import type { TeamEvent } from '../events/index.ts'

/**
 * The envelope facts a projection may use besides the event
 * (docs/architecture.md#the-event-envelope-and-the-hash-chain).
 */
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
 *   afford to copy maps per event (docs/architecture.md#figures). Whoever needs a snapshot to keep
 *   while the fold goes on takes one with `structuredClone` or the JSON checkpoint.
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

/**
 * Folds `events` (in log order) from the initial state, or from `from` (a checkpoint the caller owns
 * and lets this fold mutate). Which events a view "as of" a position or moment includes is the
 * one rule of docs/architecture.md#as-of; the caller passes only those.
 */
export const foldEvents = <S>(
  projection: Projection<S>,
  events: Iterable<ProjectedEvent>,
  options: { readonly from?: S } = {},
): S => {
  let state = options.from ?? projection.initial()
  for (const stored of events) state = projection.evolve(state, stored)
  return state
}

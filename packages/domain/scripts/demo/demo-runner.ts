import { Result } from 'effect'
import type { TeamCommand } from '../../src/commands/index.ts'
import { streamIdOf } from '../../src/commands/index.ts'
import type { ActorRole, DecisionContext } from '../../src/decider/context.ts'
import { decide } from '../../src/decider/decide.ts'
import { evolve } from '../../src/decider/evolve.ts'
import { type FoundedTeam, initialState, type TeamDecisionState } from '../../src/decider/state.ts'
import { encodeEvent } from '../../src/events/codec.ts'

/** One line of the demo log: the stored event as the server loads it on a first start. */
export interface DemoLine {
  readonly streamId: string
  readonly type: string
  readonly schemaVersion: number
  readonly data: unknown
  readonly metadata: {
    readonly actor: string
    readonly role: ActorRole
    readonly occurredAt: string
    readonly meetingId?: string
  }
}

export interface Actor {
  readonly actor: string
  readonly role: ActorRole
  /** a professional's own id, for what they may record only about themselves (the authority table) */
  readonly professionalId?: string
}

/**
 * Runs commands through `decide` and `evolve`, as the server would, and keeps the resulting
 * events as log lines. A rejection stops the script: the demo must only hold what the rules allow.
 */
export class DemoRun {
  #state: TeamDecisionState = initialState()
  readonly #lines: DemoLine[] = []
  readonly #streamId: string
  #lastOccurredAt = ''

  constructor(teamId: string) {
    this.#streamId = streamIdOf(teamId)
  }

  get team(): FoundedTeam {
    if (this.#state.status !== 'founded') throw new Error('demo: the team is not founded yet')
    return this.#state
  }

  get lines(): readonly DemoLine[] {
    return this.#lines
  }

  run(command: TeamCommand, by: Actor, requestedAt: string, meetingId?: string): void {
    const occurredAt = this.#monotonic(requestedAt)
    const context: DecisionContext = { ...by, occurredAt, ...(meetingId ? { meetingId } : {}) }
    const result = decide(command, this.#state, context)
    // The envelope names the actor and role; which professional an account is linked to stays beside the log.
    const metadata = { actor: by.actor, role: by.role, occurredAt, ...(meetingId ? { meetingId } : {}) }
    if (Result.isFailure(result)) {
      throw new Error(`demo: ${command._tag} on ${occurredAt} was rejected: ${result.failure.message}`)
    }
    for (const event of result.success) {
      this.#state = evolve(this.#state, event)
      const { type, schemaVersion, data } = encodeEvent(event)
      this.#lines.push({ streamId: this.#streamId, type, schemaVersion, data, metadata })
    }
  }

  /** The log is in time order: a command planned for earlier that day moves to just after the last one. */
  #monotonic(requestedAt: string): string {
    const occurredAt =
      requestedAt > this.#lastOccurredAt
        ? requestedAt
        : new Date(Date.parse(this.#lastOccurredAt) + 1000).toISOString().replace('.000Z', 'Z')
    this.#lastOccurredAt = occurredAt
    return occurredAt
  }
}

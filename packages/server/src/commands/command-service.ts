import { encodeEvent, streamIdOf } from '@tandem/domain'
import { Result } from 'effect'
import type { Principal } from '../accounts/principal.ts'
import { CommandIdReused, StreamVersionConflict } from '../event-store/errors.ts'
import type { EventMetadata, EventStore, StoredEvent } from '../event-store/event-store.ts'
import type { Failure } from '../failures/failure.ts'
import { failures } from '../failures/failures.ts'
import type { DecisionRequest } from './command-body.ts'
import { decideRequest, decisionContext, stateFor } from './decide-request.ts'
import type { DeciderCache } from './decider-cache.ts'

/** What the command endpoint replies: the recorded events and where the log and the team now stand. */
export interface CommandReply {
  readonly events: readonly StoredEvent[]
  readonly position: number
  readonly streamVersion: number
}

export interface CommandServiceDeps {
  readonly store: EventStore
  readonly cache: DeciderCache
  readonly clock: () => Date
  readonly newId: () => string
  /** called after a new (not duplicate) append, e.g. to fold it into the projections and count it */
  readonly onAppended: (events: readonly StoredEvent[]) => void
}

/**
 * How long a command keeps deciding again after losing races with other instances before giving up
 * (`ConcurrentChange`). Within one process commands of a team queue, so conflicts come only from
 * other instances; under heavy load on one team an instance can lose several in a row, and a reply
 * a second later is better than a refusal.
 */
const RETRY_FOR_MS = 3000

/**
 * Before re-deciding after a lost race, a random wait of up to 2^attempt ms (at most 64): two
 * instances busy with one team would otherwise race in lockstep, and the one whose next command is
 * already queued (it needs no refresh) wins every time.
 */
const backOff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 2 ** Math.min(attempt, 6)))

/** Replies to recent command ids kept for retries; a retry usually comes within seconds. */
const RECENT_COMMANDS = 10_000

/**
 * Validate → authorise happened at the edge; here: decide the request's commands against the cached
 * state, append all their events in one append (one transaction: all or nothing) with optimistic
 * concurrency, and on conflict re-read and decide again (unless the caller pinned
 * `expectedVersion`). A refused decision appends nothing. Failures are returned, never thrown; only
 * a broken store throws.
 */
export const createCommandService = (deps: CommandServiceDeps) => {
  // A retried command would often be rejected by `decide` (its case now exists), before the store
  // could recognise its id on append; so a command id is looked up before deciding: in this
  // process's recent replies, then in the log (`findCommand`), which answers retries that reach
  // another instance or come after a restart.
  const recent = new Map<string, { readonly streamId: string; readonly reply: CommandReply }>()
  const remember = (commandId: string | undefined, streamId: string, reply: CommandReply) => {
    if (commandId === undefined) return
    recent.set(commandId, { streamId, reply })
    if (recent.size > RECENT_COMMANDS) recent.delete(recent.keys().next().value!)
  }

  const attempt = async (
    request: DecisionRequest,
    principal: Principal,
    correlationId: string,
  ): Promise<Result.Result<CommandReply, Failure> | 'stale' | 'conflict'> => {
    const streamId = streamIdOf(request.teamId)
    const current = await stateFor(deps.cache, request)
    if (Result.isFailure(current)) return Result.fail(current.failure)
    const cached = current.success
    const occurredAt = deps.clock().toISOString()
    const decision = decideRequest(
      request,
      cached.state,
      decisionContext(principal, occurredAt, request.meetingId),
    )
    if (Result.isFailure(decision)) {
      // Another instance may have appended since the state was cached: a refusal is given only
      // against the store's current stream version; a stale state is decided again.
      if ((await deps.cache.refresh(streamId)).version !== cached.version) return 'stale'
      return Result.fail(decision.failure)
    }

    // The meeting is in the envelope only when the caller decided in it (and the domain found it open).
    const metadata: EventMetadata = {
      actor: principal.accountId,
      role: principal.role,
      occurredAt,
      correlationId,
      ...(request.commandId === undefined ? {} : { commandId: request.commandId }),
      ...(request.meetingId === undefined ? {} : { meetingId: request.meetingId }),
    }
    try {
      const result = await deps.store.append(
        streamId,
        decision.success.map((event) => ({ ...encodeEvent(event), metadata })),
        {
          expectedVersion: cached.version === 0 ? 'no-stream' : cached.version,
          ...(request.commandId === undefined ? {} : { commandId: request.commandId }),
        },
      )
      // A duplicate stored nothing now: the cache may be behind the original append, so re-read later.
      if (result.duplicate) deps.cache.forget(streamId)
      else {
        deps.cache.advance(streamId, cached, decision.success, result.streamVersion, result.lastPosition)
        deps.onAppended(result.events)
      }
      return Result.succeed({
        events: result.events,
        position: result.lastPosition,
        streamVersion: result.streamVersion,
      })
    } catch (error) {
      if (error instanceof CommandIdReused) return Result.fail(failures.commandIdReused())
      if (!(error instanceof StreamVersionConflict)) throw error
      const pinned = request.expectedVersion
      if (pinned !== undefined) return Result.fail(failures.staleVersion(pinned, error.actual))
      await deps.cache.refresh(streamId)
      return 'conflict'
    }
  }

  return {
    /** Records one decision (`/api/commands` is a decision of one command), or says why not. */
    async execute(
      request: DecisionRequest,
      principal: Principal,
      correlationId?: string,
    ): Promise<Result.Result<CommandReply, Failure>> {
      const streamId = streamIdOf(request.teamId)
      const correlation = correlationId ?? request.commandId ?? deps.newId()
      return deps.cache.exclusive(streamId, async () => {
        const earlier = request.commandId === undefined ? undefined : recent.get(request.commandId)
        if (earlier && earlier.streamId !== streamId) return Result.fail(failures.commandIdReused())
        if (earlier) return Result.succeed(earlier.reply)
        if (request.commandId !== undefined) {
          // A retry sent to another instance, or after a restart: the log itself knows the command.
          const stored = await deps.store.findCommand(request.commandId)
          if (stored && stored.events[0]?.streamId !== streamId)
            return Result.fail(failures.commandIdReused())
          if (stored) {
            const reply = {
              events: stored.events,
              position: stored.lastPosition,
              streamVersion: stored.streamVersion,
            }
            remember(request.commandId, streamId, reply)
            return Result.succeed(reply)
          }
        }
        const giveUpAt = Date.now() + RETRY_FOR_MS
        for (let i = 0; i === 0 || Date.now() < giveUpAt; i++) {
          const reply = await attempt(request, principal, correlation)
          if (reply === 'stale') continue
          if (reply === 'conflict') {
            await backOff(i)
            continue
          }
          if (Result.isSuccess(reply)) remember(request.commandId, streamId, reply.success)
          return reply
        }
        return Result.fail(failures.busy())
      })
    },
  }
}

export type CommandService = ReturnType<typeof createCommandService>

import { decide, encodeEvent, streamIdOf } from '@tandem/domain'
import { Result } from 'effect'
import type { Principal } from '../accounts/principal.ts'
import { CommandIdReused, StreamVersionConflict } from '../event-store/errors.ts'
import type { EventMetadata, EventStore, StoredEvent } from '../event-store/event-store.ts'
import { ApiError, httpErrors } from '../http/api-error.ts'
import type { CommandRequest } from './command-body.ts'
import type { DeciderCache } from './decider-cache.ts'
import { rejectionError } from './rejection-error.ts'

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
 * Re-decisions after a conflict with another process before giving up with a 409. Within one
 * process commands of a team queue, so conflicts come only from other instances.
 */
const MAX_ATTEMPTS = 5

/** Replies to recent command ids kept for retries; a retry usually comes within seconds. */
const RECENT_COMMANDS = 10_000

const commandIdReused = () =>
  new ApiError(409, 'CommandIdReused', {
    nl: 'Dit commandId is al gebruikt voor een ander team.',
    en: 'This commandId was already used for another team.',
  })

/**
 * Validate → authorise happened at the edge; here: decide against the cached state, append with
 * optimistic concurrency, and on conflict re-read and decide again (unless the caller pinned
 * `expectedVersion`). A rejected command appends nothing.
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
    request: CommandRequest,
    principal: Principal,
    correlationId: string,
  ): Promise<CommandReply | 'conflict'> => {
    const streamId = streamIdOf(request.command.teamId)
    let cached = await deps.cache.get(streamId)
    const pinned = request.expectedVersion
    if (pinned !== undefined && cached.version < pinned) cached = await deps.cache.reload(streamId)
    if (pinned !== undefined && cached.version !== pinned) throw httpErrors.conflict(pinned, cached.version)

    const occurredAt = deps.clock().toISOString()
    const meetingId = cached.state.status === 'founded' ? cached.state.openMeetingId : undefined
    const decision = decide(request.command, cached.state, {
      actor: principal.accountId,
      role: principal.role,
      occurredAt,
      ...(meetingId === undefined ? {} : { meetingId }),
    })
    if (Result.isFailure(decision)) throw rejectionError(decision.failure)

    const metadata: EventMetadata = {
      actor: principal.accountId,
      role: principal.role,
      occurredAt,
      correlationId,
      ...(request.commandId === undefined ? {} : { commandId: request.commandId }),
      ...(meetingId === undefined ? {} : { meetingId }),
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
        deps.cache.advance(streamId, cached, decision.success, result.streamVersion)
        deps.onAppended(result.events)
      }
      return { events: result.events, position: result.lastPosition, streamVersion: result.streamVersion }
    } catch (error) {
      if (error instanceof CommandIdReused) throw commandIdReused()
      if (!(error instanceof StreamVersionConflict)) throw error
      deps.cache.forget(streamId)
      if (pinned !== undefined) throw httpErrors.conflict(pinned, error.actual)
      return 'conflict'
    }
  }

  return {
    async execute(
      request: CommandRequest,
      principal: Principal,
      correlationId?: string,
    ): Promise<CommandReply> {
      const streamId = streamIdOf(request.command.teamId)
      const correlation = correlationId ?? request.commandId ?? deps.newId()
      return deps.cache.exclusive(streamId, async () => {
        const earlier = request.commandId === undefined ? undefined : recent.get(request.commandId)
        if (earlier && earlier.streamId !== streamId) throw commandIdReused()
        if (earlier) return earlier.reply
        if (request.commandId !== undefined) {
          // A retry sent to another instance, or after a restart: the log itself knows the command.
          const stored = await deps.store.findCommand(request.commandId)
          if (stored && stored.events[0]?.streamId !== streamId) throw commandIdReused()
          if (stored) {
            const reply = {
              events: stored.events,
              position: stored.lastPosition,
              streamVersion: stored.streamVersion,
            }
            remember(request.commandId, streamId, reply)
            return reply
          }
        }
        for (let i = 0; i < MAX_ATTEMPTS; i++) {
          const reply = await attempt(request, principal, correlation)
          if (reply === 'conflict') continue
          remember(request.commandId, streamId, reply)
          return reply
        }
        throw httpErrors.busy()
      })
    },
  }
}

export type CommandService = ReturnType<typeof createCommandService>

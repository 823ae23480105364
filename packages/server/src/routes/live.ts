import { type ProjectedEvent, streamIdOf } from '@tandem/domain'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { assertCanReadTeam } from '../authz/policy.ts'
import type { EventStore } from '../event-store/event-store.ts'
import { failures } from '../failures/failures.ts'
import type { AppEnv } from '../http/app-env.ts'
import { requirePrincipal } from '../middleware/authenticate.ts'
import type { ProjectionRunner } from '../projections/projection-runner.ts'
import { toProjected } from '../projections/team-views.ts'

export interface LiveRouteDeps {
  readonly runner: ProjectionRunner
  readonly store: EventStore
  /** between heartbeats; proxies drop connections that stay silent for about a minute */
  readonly heartbeatMs?: number
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** Events replayed per `appended` message on resume, so one message stays a few hundred KB at most. */
const REPLAY_BATCH = 500

const wire = (events: readonly ProjectedEvent[]) =>
  events.map(({ event, position, recordedAt, metadata }) => {
    const { _tag, ...data } = event
    return {
      position,
      type: _tag,
      data,
      recordedAt,
      occurredAt: metadata.occurredAt,
      meetingId: metadata.meetingId,
    }
  })

const appendedData = (events: readonly ProjectedEvent[]) =>
  JSON.stringify({ position: events.at(-1)!.position, events: wire(events) })

/** `Last-Event-ID` as the browser resends it on reconnect: the position of the last message it got. */
const lastEventId = (raw: string | undefined): number | undefined =>
  raw !== undefined && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined

/**
 * The team's events after `after` up to `upTo` (what the runner had folded when the client
 * subscribed), in batches: what a reconnecting client missed.
 */
const missed = async (store: EventStore, teamId: string, after: number, upTo: number) => {
  const events = (await store.readStream(streamIdOf(teamId)))
    .filter((stored) => stored.position > after && stored.position <= upTo)
    .flatMap((stored) => toProjected(stored) ?? [])
  const batches: string[] = []
  for (let i = 0; i < events.length; i += REPLAY_BATCH)
    batches.push(appendedData(events.slice(i, i + REPLAY_BATCH)))
  return batches
}

/**
 * `GET /api/teams/:teamId/live`: Server-Sent Events. `ready` with the current position on connect,
 * then one `appended` event per batch folded into the team's projections (so whoever receives it
 * can re-query and see it), and a `heartbeat` every 15 s. A reconnect with `Last-Event-ID` (the
 * position of the last `appended` it got) first receives the team's events after that position, as
 * `appended` messages, then continues live without a gap or a repeat. Events are sent only after the projections
 * include them, on every instance, because they come from that instance's projection runner.
 */
export const liveRoutes = (deps: LiveRouteDeps) =>
  new Hono<AppEnv>().get('/api/teams/:teamId/live', (c) => {
    const principal = requirePrincipal(c.get('principal'))
    const teamId = c.req.param('teamId')
    if (!ID.test(teamId)) throw failures.notFound()
    assertCanReadTeam(principal, teamId)
    return streamSSE(c, async (stream) => {
      const queue: string[] = []
      let wake: (() => void) | undefined
      const push = (message: string) => {
        queue.push(message)
        wake?.()
      }
      const unsubscribe = deps.runner.subscribe((team, events) => {
        if (team === teamId) push(appendedData(events))
      })
      // Everything the runner folds from here on arrives through the subscription, so the replay
      // stops at what it had folded when subscribing.
      const folded = deps.runner.teamPosition(teamId)
      const resumeAfter = lastEventId(c.req.header('last-event-id')) ?? 0
      const heartbeat = setInterval(() => push(''), deps.heartbeatMs ?? 15_000)
      let open = true
      stream.onAbort(() => {
        open = false
        wake?.()
      })
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ position: deps.runner.position }) })
        if (resumeAfter > 0 && resumeAfter < folded)
          queue.unshift(...(await missed(deps.store, teamId, resumeAfter, folded)))
        while (open) {
          const message = queue.shift()
          if (message === undefined) {
            await new Promise<void>((resolve) => (wake = resolve))
            wake = undefined
            continue
          }
          if (message === '') await stream.writeSSE({ event: 'heartbeat', data: '{}' })
          else {
            const position = (JSON.parse(message) as { position: number }).position
            // A client that resumes from another instance may be ahead of this one's projections.
            if (position <= resumeAfter) continue
            await stream.writeSSE({ event: 'appended', id: String(position), data: message })
          }
        }
      } finally {
        unsubscribe()
        clearInterval(heartbeat)
      }
    })
  })

import type { ProjectedEvent } from '@tandem/domain'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { assertCanReadTeam } from '../authz/policy.ts'
import { httpErrors } from '../http/api-error.ts'
import type { AppEnv } from '../http/app-env.ts'
import { requirePrincipal } from '../middleware/authenticate.ts'
import type { ProjectionRunner } from '../projections/projection-runner.ts'

export interface LiveRouteDeps {
  readonly runner: ProjectionRunner
  /** between heartbeats; proxies drop connections that stay silent for about a minute */
  readonly heartbeatMs?: number
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

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

/**
 * `GET /api/teams/:teamId/live`: Server-Sent Events. `ready` with the current position on connect,
 * then one `appended` event per batch folded into the team's projections (so whoever receives it
 * can re-query and see it), and a `heartbeat` every 15 s. Events are sent only after the projections
 * include them, on every instance, because they come from that instance's projection runner.
 */
export const liveRoutes = (deps: LiveRouteDeps) =>
  new Hono<AppEnv>().get('/api/teams/:teamId/live', (c) => {
    const principal = requirePrincipal(c.get('principal'))
    const teamId = c.req.param('teamId')
    if (!ID.test(teamId)) throw httpErrors.notFound()
    assertCanReadTeam(principal, teamId)
    return streamSSE(c, async (stream) => {
      const queue: string[] = []
      let wake: (() => void) | undefined
      const push = (message: string) => {
        queue.push(message)
        wake?.()
      }
      const unsubscribe = deps.runner.subscribe((team, events) => {
        if (team === teamId) push(JSON.stringify({ position: events.at(-1)!.position, events: wire(events) }))
      })
      const heartbeat = setInterval(() => push(''), deps.heartbeatMs ?? 15_000)
      let open = true
      stream.onAbort(() => {
        open = false
        wake?.()
      })
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ position: deps.runner.position }) })
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
            await stream.writeSSE({ event: 'appended', id: String(position), data: message })
          }
        }
      } finally {
        unsubscribe()
        clearInterval(heartbeat)
      }
    })
  })

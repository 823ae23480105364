import { type ActorNames, decodeEvent, streamIdOf, type TimelineEntry, withActorName } from '@tandem/domain'
import { Result } from 'effect'
import { Hono } from 'hono'
import { actorNames } from '../accounts/actor-names.ts'
import { assertCanReadTimeline } from '../authz/policy.ts'
import type { ServerDb } from '../db/open-server-database.ts'
import type { StoredEvent } from '../event-store/event-store.ts'
import type { AppEnv } from '../http/app-env.ts'
import { parseFrom } from '../http/log-position.ts'
import { parsePage } from '../http/paginate.ts'
import { envelope, jsonReply, readTeam, type TeamReadDeps } from './team-read.ts'

export interface TimelineDeps extends TeamReadDeps {
  /** accounts, for the actors' display names */
  readonly db: ServerDb
}

/**
 * One event as the audit timeline shows it: the envelope facts and the decoded (upcast) data. The log holds
 * the actor as an account id and a role (docs/architecture.md#privacy-and-access); the account's display name
 * is read beside it, null once the account was erased.
 */
const entry = (stored: StoredEvent, names: ActorNames): TimelineEntry => {
  const decoded = decodeEvent(stored)
  const data = Result.isSuccess(decoded)
    ? (({ _tag, ...fields }) => fields)(decoded.success)
    : (stored.data as Readonly<Record<string, unknown>>)
  const { actor, role, occurredAt, meetingId } = stored.metadata
  return {
    position: stored.position,
    streamVersion: stored.streamVersion,
    type: stored.type,
    recordedAt: stored.recordedAt,
    metadata: withActorName(
      { actor, role, occurredAt, ...(meetingId === undefined ? {} : { meetingId }) },
      names,
    ),
    data,
  }
}

/**
 * `GET /api/teams/:teamId/timeline?from=&limit=&asOf=`: the team's events newest first, for its coach
 * and auditors. `from` is the newest position to include (default: the latest as of `asOf`);
 * `page.next` is the `from` of the following, older page, or null at the team's first event.
 */
export const timelineRoutes = (deps: TimelineDeps) =>
  new Hono<AppEnv>().get('/api/teams/:teamId/timeline', async (c) => {
    const at = await readTeam(c, deps, assertCanReadTimeline)
    const { limit } = parsePage(c.req.query('limit'), undefined)
    const rawFrom = c.req.query('from')
    const newest = Math.min(at.position, rawFrom === undefined ? at.position : parseFrom(rawFrom))
    const events = (await deps.store.readStream(streamIdOf(at.teamId))).filter(
      (stored) => stored.position <= newest,
    )
    const page = events.slice(Math.max(0, events.length - limit)).reverse()
    const older = events.length > limit ? events[events.length - limit - 1]!.position : null
    // One lookup for the page: a page of 500 events has a handful of actors.
    const names = await actorNames(
      deps.db,
      page.map((stored) => stored.metadata.actor),
    )
    const data = page.map((stored) => entry(stored, names))
    return jsonReply(c, envelope(at, { data, page: { limit, total: events.length, next: older } }))
  })

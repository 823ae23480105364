import type { Context } from 'hono'
import type { Principal } from '../accounts/principal.ts'
import { assertCanReadTeam } from '../authz/policy.ts'
import type { EventStore } from '../event-store/event-store.ts'
import { failures } from '../failures/failures.ts'
import type { AppEnv } from '../http/app-env.ts'
import { orThrow } from '../http/or-throw.ts'
import { requirePrincipal } from '../middleware/authenticate.ts'
import { parseAsOf, viewsAsOf } from '../projections/as-of.ts'
import type { ProjectionRunner } from '../projections/projection-runner.ts'
import type { TeamViews } from '../projections/team-views.ts'

export interface TeamReadDeps {
  readonly store: EventStore
  readonly runner: ProjectionRunner
  readonly clock: () => Date
}

/** Team, case and other ids in paths: what the command schemas allow. */
export const PATH_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** A team's views as a read asked for them: now (live, cacheable) or as of `asOf`. */
export interface TeamAt {
  readonly principal: Principal
  readonly teamId: string
  readonly views: TeamViews
  /** the last event folded into `views`: the answer's version */
  readonly position: number
  /** the day time-dependent answers are for */
  readonly date: string
  /** the runner's live views, which may be cached by position */
  readonly live: boolean
}

/**
 * The common start of every team read: authenticate, check the team id and the caller's access
 * (404 for a malformed id, 403 for another team), then the live views or those folded as of `asOf`
 * (404 for a team the log holds nothing for).
 */
export const readTeam = async (
  c: Context<AppEnv>,
  deps: TeamReadDeps,
  authorise: (principal: Principal, teamId: string) => void = assertCanReadTeam,
): Promise<TeamAt> => {
  const principal = requirePrincipal(c.get('principal'))
  const teamId = c.req.param('teamId') ?? ''
  if (!PATH_ID.test(teamId)) throw failures.notFound()
  authorise(principal, teamId)
  const asOf = orThrow(parseAsOf(c.req.query('asOf')))
  if (asOf) {
    const at = await viewsAsOf(deps.store, teamId, asOf)
    if (!at.views) throw failures.notFound()
    return { principal, teamId, views: at.views, position: at.position, date: at.date, live: false }
  }
  const views = deps.runner.views(teamId)
  if (!views) throw failures.notFound()
  const position = deps.runner.teamPosition(teamId)
  return { principal, teamId, views, position, date: deps.clock().toISOString().slice(0, 10), live: true }
}

/** The query envelope `{ teamId, asOf: { position, date }, …rest }`, serialised. */
export const envelope = (at: TeamAt, rest: Readonly<Record<string, unknown>>): string =>
  JSON.stringify({ teamId: at.teamId, asOf: { position: at.position, date: at.date }, ...rest })

export const jsonReply = (c: Context<AppEnv>, body: string) =>
  c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' })

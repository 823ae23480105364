import { Hono } from 'hono'
import { assertCanReadTeam } from '../authz/policy.ts'
import type { EventStore } from '../event-store/event-store.ts'
import { ApiError, httpErrors } from '../http/api-error.ts'
import type { AppEnv } from '../http/app-env.ts'
import { type Page, paginate, parsePage } from '../http/paginate.ts'
import { requirePrincipal } from '../middleware/authenticate.ts'
import { parseAsOf, viewsAsOf } from '../projections/as-of.ts'
import type { ProjectionRunner } from '../projections/projection-runner.ts'
import { TEAM_QUERIES, type TeamQuery } from '../projections/team-queries.ts'

export interface QueryRouteDeps {
  readonly store: EventStore
  readonly runner: ProjectionRunner
  readonly clock: () => Date
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

const pageOf = (query: TeamQuery, result: unknown, page: Page) => {
  if (query.pages === undefined || result === null) return { data: result }
  if (query.pages === '.') {
    const { items, ...rest } = paginate(result as readonly unknown[], page)
    return { data: items, page: rest }
  }
  const record = result as Record<string, readonly unknown[]>
  const { items, ...rest } = paginate(record[query.pages] ?? [], page)
  return { data: { ...record, [query.pages]: items }, page: { list: query.pages, ...rest } }
}

const noProfessional = () =>
  new ApiError(400, 'InvalidInput', { nl: 'Geef een professionalId op.', en: 'Give a professionalId.' }, [
    { path: '/professionalId', message: 'Expected the professional whose week to show' },
  ])

/**
 * One GET per projection: `/api/teams/:teamId/<query>?asOf=&limit=&offset=`. Without `asOf` the live
 * in-memory views answer; with it, the team's stream prefix is folded on the spot.
 */
export const queryRoutes = (deps: QueryRouteDeps) => {
  const app = new Hono<AppEnv>()
  for (const query of TEAM_QUERIES) {
    app.get(`/api/teams/:teamId/${query.name}`, async (c) => {
      const principal = requirePrincipal(c.get('principal'))
      const teamId = c.req.param('teamId')
      if (!ID.test(teamId)) throw httpErrors.notFound()
      assertCanReadTeam(principal, teamId)
      const page = parsePage(c.req.query('limit'), c.req.query('offset'))
      const asOf = parseAsOf(c.req.query('asOf'))
      const professionalId = c.req.query('professionalId') ?? principal.professionalId
      if (query.name === 'my-week' && professionalId === undefined) throw noProfessional()
      const at = asOf
        ? await viewsAsOf(deps.store, teamId, asOf)
        : {
            views: deps.runner.views(teamId),
            position: deps.runner.position,
            date: deps.clock().toISOString().slice(0, 10),
          }
      if (!at.views) throw httpErrors.notFound()
      const result = query.run({ views: at.views, date: at.date, professionalId })
      return c.json({
        teamId,
        asOf: { position: at.position, date: at.date },
        ...pageOf(query, result, page),
      })
    })
  }
  return app
}

import { Hono } from 'hono'
import { assertCanReadTeam } from '../authz/policy.ts'
import type { EventStore } from '../event-store/event-store.ts'
import { ApiError, httpErrors } from '../http/api-error.ts'
import type { AppEnv } from '../http/app-env.ts'
import { type Page, paginate, parsePage } from '../http/paginate.ts'
import { requirePrincipal } from '../middleware/authenticate.ts'
import { AnswerCache } from '../projections/answer-cache.ts'
import { parseAsOf, viewsAsOf } from '../projections/as-of.ts'
import type { ProjectionRunner } from '../projections/projection-runner.ts'
import { TEAM_QUERIES, type TeamQuery } from '../projections/team-queries.ts'
import type { TeamViews } from '../projections/team-views.ts'

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
 * in-memory views answer (cached per team position); with it, the team's stream prefix is folded on
 * the spot. `asOf.position` in the answer is the last event folded into that team's views.
 */
export const queryRoutes = (deps: QueryRouteDeps) => {
  const app = new Hono<AppEnv>()
  const cache = new AnswerCache()
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
      const answer = (views: TeamViews, position: number, date: string) =>
        JSON.stringify({
          teamId,
          asOf: { position, date },
          ...pageOf(query, query.run({ views, date, professionalId }), page),
        })
      let body: string
      if (asOf) {
        const at = await viewsAsOf(deps.store, teamId, asOf)
        if (!at.views) throw httpErrors.notFound()
        body = answer(at.views, at.position, at.date)
      } else {
        const views = deps.runner.views(teamId)
        if (!views) throw httpErrors.notFound()
        const position = deps.runner.teamPosition(teamId)
        const date = deps.clock().toISOString().slice(0, 10)
        const key = [teamId, query.name, date, professionalId, page.limit, page.offset].join('|')
        body = cache.get(key, position, () => answer(views, position, date))
      }
      return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' })
    })
  }
  return app
}

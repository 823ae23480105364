import { Hono } from 'hono'
import { actorNames } from '../accounts/actor-names.ts'
import { assertCanReadTeam } from '../authz/policy.ts'
import type { ServerDb } from '../db/open-server-database.ts'
import { Failure } from '../failures/failure.ts'
import type { AppEnv } from '../http/app-env.ts'
import { type Page, paginate, parsePage } from '../http/paginate.ts'
import { AnswerCache } from '../projections/answer-cache.ts'
import { TEAM_QUERIES, type TeamQuery } from '../projections/team-queries.ts'
import { envelope, jsonReply, readTeam, type TeamReadDeps } from './team-read.ts'

export interface QueryRouteDeps extends TeamReadDeps {
  /** accounts, for answers that name actors */
  readonly db: ServerDb
}

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
  new Failure(
    'InvalidInput',
    'InvalidInput',
    { nl: 'Geef een professionalId op.', en: 'Give a professionalId.' },
    [{ path: '/professionalId', message: 'Expected the professional whose week to show' }],
  )

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
      const at = await readTeam(c, deps, (principal, teamId) =>
        assertCanReadTeam(principal, teamId, query.name),
      )
      const page = parsePage(c.req.query('limit'), c.req.query('offset'))
      const professionalId = c.req.query('professionalId') ?? at.principal.professionalId
      if (query.name === 'my-week' && professionalId === undefined) throw noProfessional()
      const run = () => query.run({ views: at.views, date: at.date, professionalId })
      if (query.actors) {
        const result = run() as never
        const named = query.actors.name(result, await actorNames(deps.db, query.actors.ids(result)))
        return jsonReply(c, envelope(at, pageOf(query, named, page)))
      }
      const answer = () => envelope(at, pageOf(query, run(), page))
      if (!at.live) return jsonReply(c, answer())
      const key = [at.teamId, query.name, at.date, professionalId, page.limit, page.offset].join('|')
      return jsonReply(c, cache.get(key, at.position, answer))
    })
  }
  return app
}

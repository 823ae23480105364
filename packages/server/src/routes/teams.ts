import { Hono } from 'hono'
import { listableTeams } from '../authz/policy.ts'
import type { AppEnv } from '../http/app-env.ts'
import { requirePrincipal } from '../middleware/authenticate.ts'
import type { ProjectionRunner } from '../projections/projection-runner.ts'

export interface TeamsRouteDeps {
  readonly runner: ProjectionRunner
}

/** `GET /api/teams`: `{ data: [{ teamId, name }] }`, the founded teams the caller may see, by name. */
export const teamsRoutes = (deps: TeamsRouteDeps) =>
  new Hono<AppEnv>().get('/api/teams', (c) => {
    const principal = requirePrincipal(c.get('principal'))
    const data = listableTeams(principal, deps.runner.teamIds())
      .flatMap((teamId) => {
        const name = deps.runner.views(teamId)?.team.name
        return name == null ? [] : [{ teamId, name }]
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.teamId < b.teamId ? -1 : 1))
    return c.json({ data })
  })

import { caseDetail } from '@tandem/domain'
import { Hono } from 'hono'
import { Failure } from '../failures/failure.ts'
import type { AppEnv } from '../http/app-env.ts'
import { envelope, jsonReply, PATH_ID, readTeam, type TeamReadDeps } from './team-read.ts'

export const unknownCase = (caseId: string) =>
  new Failure(
    'NotFound',
    'CaseNotFound',
    { nl: 'Deze casus kent het team niet.', en: 'The team has no such case.' },
    [{ path: '/caseId', message: `No case ${caseId} in this team` }],
  )

/** `GET /api/teams/:teamId/cases/:caseId?asOf=`: the domain's `caseDetail`, 404 for an unknown case. */
export const caseDetailRoutes = (deps: TeamReadDeps) =>
  new Hono<AppEnv>().get('/api/teams/:teamId/cases/:caseId', async (c) => {
    const at = await readTeam(c, deps)
    const caseId = c.req.param('caseId')
    const detail = PATH_ID.test(caseId) ? caseDetail(at.views.team, caseId, at.date) : undefined
    if (!detail) throw unknownCase(caseId.slice(0, 64))
    return jsonReply(c, envelope(at, { data: detail }))
  })

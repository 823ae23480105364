import { Hono } from 'hono'
import { Failure } from '../failures/failure.ts'
import type { AppEnv } from '../http/app-env.ts'
import { AnswerCache } from '../projections/answer-cache.ts'
import { commandsForChoice, meetingProposalFor, rankingFor } from '../projections/planner-answers.ts'
import { unknownCase } from './case-detail.ts'
import { envelope, jsonReply, PATH_ID, readTeam, type TeamReadDeps } from './team-read.ts'

const regieInOrder = () =>
  new Failure('Conflict', 'RegieInOrder', {
    nl: 'Deze casus heeft een regisseur; er valt niets te plannen.',
    en: 'This case has a regisseur; there is nothing to plan.',
  })

const badChoice = (field: string) =>
  new Failure(
    'InvalidInput',
    'InvalidInput',
    { nl: `${field} moet een professional-id zijn.`, en: `${field} must be a professional id.` },
    [{ path: `/${field}`, message: 'Expected a professional id' }],
  )

/** An optional professional id from the query string; `required` ones must be there. */
const professionalParam = (value: string | undefined, field: string, required = false) => {
  if (value === undefined && !required) return undefined
  if (value === undefined || !PATH_ID.test(value)) throw badChoice(field)
  return value
}

/**
 * The planning assistant (issue 6), read-only: candidates for one case, and a proposal for every
 * case waiting for regie with the commands that record each item. Nothing is recorded here; the
 * meeting posts accepted items' commands to `/api/commands` as its own decisions; when it chose
 * someone else for an item, `…/cases/:caseId/commands?regisseur=&practitioner=&expert=` builds the
 * commands for that choice the same way (release of a regisseur no longer fit for it included).
 */
export const plannerRoutes = (deps: TeamReadDeps) => {
  const cache = new AnswerCache(500)
  return new Hono<AppEnv>()
    .get('/api/teams/:teamId/planner/cases/:caseId', async (c) => {
      const at = await readTeam(c, deps)
      const caseId = c.req.param('caseId')
      const ranking = PATH_ID.test(caseId) ? rankingFor(at.views.team, caseId, at.date) : 'unknown'
      if (ranking === 'unknown') throw unknownCase(caseId.slice(0, 64))
      if (ranking === 'in-order') throw regieInOrder()
      return jsonReply(c, envelope(at, { data: ranking }))
    })
    .get('/api/teams/:teamId/planner/cases/:caseId/commands', async (c) => {
      const at = await readTeam(c, deps)
      const caseId = c.req.param('caseId')
      const choice = {
        caseId,
        regisseurId: professionalParam(c.req.query('regisseur'), 'regisseur', true)!,
        practitionerId: professionalParam(c.req.query('practitioner'), 'practitioner'),
        expertId: professionalParam(c.req.query('expert'), 'expert'),
      }
      const commands = PATH_ID.test(caseId)
        ? commandsForChoice(at.views.team, at.teamId, choice, at.date)
        : 'unknown'
      if (commands === 'unknown') throw unknownCase(caseId.slice(0, 64))
      if (commands === 'in-order') throw regieInOrder()
      return jsonReply(c, envelope(at, { data: { commands } }))
    })
    .get('/api/teams/:teamId/planner/meeting', async (c) => {
      const at = await readTeam(c, deps)
      const answer = () => envelope(at, { data: meetingProposalFor(at.views.team, at.teamId, at.date) })
      if (!at.live) return jsonReply(c, answer())
      return jsonReply(c, cache.get(`${at.teamId}|${at.date}`, at.position, answer))
    })
}
